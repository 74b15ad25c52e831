#include "ViewSupport.h"

#include "PaletteRoles.h"

#include "Session.h"
#include "SwedishCollation.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QLabel>
#include <QHBoxLayout>
#include <QListView>
#include <QStandardItemModel>
#include <QStyle>

#include <algorithm>

QString IdPicker::noneText()
{
    return tr("(none)");
}

void IdPicker::fill(QComboBox *combo, QVector<Entry> entries, bool withNone)
{
    struct Keyed
    {
        QCollatorSortKey key;
        Entry entry;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(entries.size()));
    for (Entry &e : entries)
        keyed.push_back({SwedishCollation::sortKey(e.text), std::move(e)});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const Keyed &a, const Keyed &b) { return a.key.compare(b.key) < 0; });

    QList<QStandardItem *> items;
    items.reserve(keyed.size() + 1);
    auto item = [](qint64 id, const QString &text) {
        auto *i = new QStandardItem(text);
        i->setData(id, IdRole);
        i->setEditable(false);
        return i;
    };
    if (withNone)
        items.append(item(0, noneText()));
    for (const Keyed &k : keyed)
        items.append(item(k.entry.id, k.entry.text));

    auto *model = new QStandardItemModel(combo);
    model->invisibleRootItem()->appendRows(items); // one insertion, not one per row
    combo->setModel(model);                         // deletes the combo's previous model
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    combo->setMaxVisibleItems(20);
    if (auto *view = qobject_cast<QListView *>(combo->view()))
        view->setUniformItemSizes(true);
    if (QCompleter *completer = combo->completer()) {
        completer->setModel(model);
        completer->setCompletionRole(Qt::DisplayRole);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        if (auto *popup = qobject_cast<QListView *>(completer->popup()))
            popup->setUniformItemSizes(true);
    }
    combo->setCurrentIndex(withNone || !items.isEmpty() ? 0 : -1);
}

void IdPicker::fillActors(QComboBox *combo, const Session *session)
{
    const QHash<qint64, QString> names = session->organisationNames();
    QVector<Entry> entries;
    entries.reserve(names.size());
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        entries.append({it.key(), it.value()});
    fill(combo, std::move(entries), true);
}

qint64 IdPicker::selectedId(const QComboBox *combo)
{
    if (!combo->isEditable()) {
        const int i = combo->currentIndex();
        return i < 0 ? 0 : combo->itemData(i, IdRole).toLongLong();
    }
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == text)
        return combo->itemData(current, IdRole).toLongLong();
    const int found = combo->findText(text, Qt::MatchFixedString); // exact, any case
    return found < 0 ? -1 : combo->itemData(found, IdRole).toLongLong();
}

void IdPicker::select(QComboBox *combo, qint64 id)
{
    int i = combo->findData(id, IdRole);
    if (i < 0 && id > 0) {
        combo->addItem(tr("(actor %1)").arg(id), id);
        combo->setItemData(combo->count() - 1, id, IdRole);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i >= 0 ? i : combo->findData(0, IdRole));
}

// ---- SwedishSortFilterProxy ----

void SwedishSortFilterProxy::setFilterColumns(const QVector<int> &columns)
{
    m_columns = columns;
    invalidateFilter();
}

void SwedishSortFilterProxy::setFilterWords(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool SwedishSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    QStringList texts;
    for (int column : m_columns)
        texts << sourceModel()->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
    for (const QString &word : m_words) {
        const bool found = std::any_of(texts.cbegin(), texts.cend(), [&word](const QString &t) {
            return t.contains(word, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

bool SwedishSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        const int c = SwedishCollation::compare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

void showProblems(QLabel *label, const QStringList &problems)
{
    if (!label->property("problemPalette").toBool()) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, PaletteRoles::text(PaletteRoles::Role::Problem, p.color(QPalette::Window), p));
        label->setPalette(p);
        label->setProperty("problemPalette", true);
    }
    label->setText(problems.join(QLatin1Char('\n')));
}

void setUpRecordTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
}

WarningBox::WarningBox(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    // Amber, lighter or darker as the palette is, with text that reads on it.
    const PaletteRoles::Surface box = PaletteRoles::Surface::WarningBox;
    setStyleSheet(QStringLiteral("WarningBox { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "WarningBox QLabel { color: %3; background: transparent; }")
                      .arg(PaletteRoles::background(box).name(), PaletteRoles::border(box).name(),
                           PaletteRoles::textOn(box).name()));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("warningText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    hide();
}

void WarningBox::setWarnings(const QStringList &warnings)
{
    m_warnings = warnings;
    QString rows; // a row a warning: wrapped lines stay indented under their text
    for (const QString &w : warnings)
        rows += QStringLiteral("<tr><td>&#8226;&nbsp;</td><td>%1</td></tr>").arg(w.toHtmlEscaped());
    m_text->setText(QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows));
    setAccessibleDescription(warnings.join(QLatin1Char(' ')));
    setVisible(!warnings.isEmpty());
}

QAction *addReturnAction(QAbstractItemView *view)
{
    auto *action = new QAction(view);
    action->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}

QPushButton *namedButton(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    return row;
}
