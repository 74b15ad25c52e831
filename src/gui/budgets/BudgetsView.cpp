#include "BudgetsView.h"

#include "AtomicFile.h"
#include "Clock.h"
#include "PaletteRoles.h"

#include "BudgetCharts.h"
#include "BudgetCsv.h"
#include "BudgetAmountsModel.h"
#include "BudgetComparisonModel.h"
#include "BudgetOutcomeModel.h"
#include "BudgetGridView.h"
#include "BudgetReport.h"
#include "QuarterOutcomeModel.h"
#include "FileDialogs.h"
#include "Session.h"
#include "BudgetService.h"
#include "ActorTableModel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

BudgetsView::BudgetsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_picker(new QComboBox)
    , m_mode(new QComboBox)
    , m_quarter(new QComboBox)
    , m_quarterLabel(new QLabel(tr("&Period:")))
    , m_import(new QPushButton(tr("&Import CSV…")))
    , m_export(new QPushButton(tr("E&xport CSV…")))
    , m_lines(new QPushButton(tr("&Lines")))
    , m_newBudget(new QPushButton(tr("&New budget…")))
    , m_amounts(new BudgetAmountsModel(this))
    , m_outcome(new BudgetOutcomeModel(this))
    , m_quarterOutcome(new QuarterOutcomeModel(1, this))
    , m_comparison(new BudgetComparisonModel(this))
    , m_model(m_amounts)
    , m_grid(new BudgetGridView)
    , m_checks(new QLabel)
    , m_splitter(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("budgetsView"));
    m_picker->setObjectName(QStringLiteral("budgetPicker"));
    m_mode->setObjectName(QStringLiteral("budgetMode"));
    m_import->setObjectName(QStringLiteral("budgetImport"));
    m_export->setObjectName(QStringLiteral("budgetExport"));
    m_checks->setObjectName(QStringLiteral("budgetChecks"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mode->addItem(tr("Budget"));
    m_mode->addItem(tr("Outcome"));
    m_mode->addItem(tr("Budget against outcome"));
    m_quarter->setObjectName(QStringLiteral("budgetQuarter"));
    m_quarter->addItem(tr("Whole year"), 0);
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Quarter %1").arg(q), q);
    m_quarterLabel->setBuddy(m_quarter);

    auto *pickLabel = new QLabel(tr("&Budget:"));
    pickLabel->setBuddy(m_picker);
    auto *modeLabel = new QLabel(tr("&Show:"));
    modeLabel->setBuddy(m_mode);
    auto *bar = new QHBoxLayout;
    bar->addWidget(pickLabel);
    bar->addWidget(m_picker);
    bar->addSpacing(12);
    bar->addWidget(modeLabel);
    bar->addWidget(m_mode);
    bar->addSpacing(12);
    bar->addWidget(m_quarterLabel);
    bar->addWidget(m_quarter);
    bar->addStretch();
    bar->addWidget(m_newBudget);
    bar->addWidget(m_lines);
    bar->addWidget(m_import);
    bar->addWidget(m_export);

    m_grid->setGridModel(m_model);
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->setContentsMargins(4, 4, 4, 4);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_grid, 1);
    topLayout->addWidget(m_checks);
    m_splitter->addWidget(top);
    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("budgetCharts"));
    auto *chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    for (BudgetCharts::Kind kind : {BudgetCharts::Kind::CostsPerYear, BudgetCharts::Kind::FinancingShares,
                                    BudgetCharts::Kind::BudgetAgainstOutcome}) {
        auto *view = new QChartView(BudgetCharts::make(kind, *m_amounts));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        view->setProperty("chartKind", int(kind));
        chartLayout->addWidget(view);
        m_chartViews << view;
    }
    m_splitter->addWidget(charts);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    m_amounts->setCommitter([this](const QVector<BudgetCellEdit> &edits) {
        return m_session->budgetService().editAmounts(currentBudgetId(), edits);
    });
    for (BudgetSheet *sheet : sheets()) {
        if (sheet != m_amounts)
            sheet->setCommitter([this](const QVector<BudgetCellEdit> &edits) {
                return m_session->budgetService().editOutcome(currentBudgetId(), edits);
            });
        connect(sheet, &BudgetSheet::editRefused, this, &BudgetsView::errorOccurred);
        connect(sheet, &QAbstractItemModel::modelReset, this, &BudgetsView::updateLineActions);
    }
    connect(m_picker, &QComboBox::currentIndexChanged, this, &BudgetsView::reload);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &BudgetsView::showSheet);
    // The charts are drawn from the budget and its outcome, whichever sheet is shown.
    connect(m_amounts, &QAbstractItemModel::dataChanged, this, &BudgetsView::updateCharts);
    connect(m_amounts, &QAbstractItemModel::modelReset, this, &BudgetsView::updateCharts);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &BudgetsView::showSheet);
    m_quarter->setVisible(false);
    m_quarterLabel->setVisible(false);
    connect(m_import, &QPushButton::clicked, this, &BudgetsView::importCsv);
    connect(m_export, &QPushButton::clicked, this, &BudgetsView::exportCsv);

    m_lines->setObjectName(QStringLiteral("budgetLines"));
    m_newBudget->setObjectName(QStringLiteral("budgetNew"));
    auto *menu = new QMenu(m_lines);
    m_addCost = menu->addAction(tr("Add &cost line…"));
    connect(m_addCost, &QAction::triggered, this, &BudgetsView::addCostLine);
    m_addFinancing = menu->addAction(tr("Add &financing line…"));
    connect(m_addFinancing, &QAction::triggered, this, &BudgetsView::addFinancingLine);
    menu->addSeparator();
    m_rename = menu->addAction(tr("&Rename line…"));
    connect(m_rename, &QAction::triggered, this, &BudgetsView::renameLine);
    m_remove = menu->addAction(tr("Re&move line"));
    connect(m_remove, &QAction::triggered, this, &BudgetsView::removeLine);
    m_addFinancing->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    m_rename->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    for (QAction *a : {m_addFinancing, m_rename, m_remove}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_addCost->setShortcut(QKeySequence(Qt::Key_Insert)); // shown only: Edit > New (Insert) calls addNew()
    m_addCost->setShortcutContext(Qt::WidgetShortcut);
    m_lines->setMenu(menu);
    connect(m_newBudget, &QPushButton::clicked, this, &BudgetsView::newBudget);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &BudgetsView::updateLineActions);
    connect(m_session, &Session::budgetChanged, this, [this](qint64 id) {
        if (id == currentBudgetId())
            reload();
    });
    connect(m_session, &Session::budgetsChanged, this, [this] { reloadList(currentBudgetId()); });
    reloadList();
}

qint64 BudgetsView::currentBudgetId() const
{
    return m_picker->currentData().toLongLong();
}

void BudgetsView::selectBudget(qint64 id)
{
    const int i = m_picker->findData(id);
    if (i >= 0)
        m_picker->setCurrentIndex(i);
}

void BudgetsView::reloadList(qint64 select)
{
    auto list = m_session->budgetService().list();
    if (!list) {
        emit errorOccurred(list.errorMessage());
        return;
    }
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (const BudgetSummary &b : *list)
        {
            const QString years = QStringLiteral("%1–%2").arg(b.firstYear).arg(b.lastYear);
            m_picker->addItem(b.name.contains(years) ? b.name : tr("%1 (%2)").arg(b.name, years), b.id);
        }
        const int i = m_picker->findData(select);
        m_picker->setCurrentIndex(i >= 0 ? i : (m_picker->count() ? 0 : -1));
    }
    m_export->setEnabled(m_picker->count() > 0);
    m_lines->setEnabled(m_picker->count() > 0);
    reload();
}

void BudgetsView::reload()
{
    const qint64 id = currentBudgetId();
    if (!id) {
        for (BudgetSheet *sheet : sheets())
            sheet->setBudget(Budget(), BudgetOutcome());
        updateChecks();
        return;
    }
    auto state = m_session->budgetService().load(id);
    if (!state) {
        emit errorOccurred(state.errorMessage());
        return;
    }
    const bool first = m_model->rowCount() == 0;
    for (BudgetSheet *sheet : sheets())
        sheet->setBudget(state->budget, state->outcome);
    if (first)
        fitColumns();
    updateChecks();
}

QVector<BudgetSheet *> BudgetsView::sheets() const
{
    return {m_amounts, m_outcome, m_quarterOutcome, m_comparison};
}

void BudgetsView::showSheet()
{
    const int quarter = m_quarter->currentData().toInt();
    const bool outcome = m_mode->currentIndex() == 1;
    m_quarter->setVisible(outcome);
    m_quarterLabel->setVisible(outcome);
    if (quarter > 0)
        m_quarterOutcome->setQuarter(quarter);
    BudgetSheet *shown = m_mode->currentIndex() == 2 ? static_cast<BudgetSheet *>(m_comparison)
                       : !outcome                    ? static_cast<BudgetSheet *>(m_amounts)
                       : quarter > 0                 ? static_cast<BudgetSheet *>(m_quarterOutcome)
                                                     : static_cast<BudgetSheet *>(m_outcome);
    if (shown != m_model) {
        m_model = shown;
        m_grid->setGridModel(shown);
    }
    fitColumns();
    updateLineActions();
}

void BudgetsView::fitColumns()
{
    m_grid->resizeColumnsToContents();
    // Empty outcome columns as wide as a large amount, so the grid does not jump when filled.
    const int amount = m_grid->fontMetrics().horizontalAdvance(QStringLiteral("10 000 000 kr")) + 16;
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_grid->setColumnWidth(c, qMax(m_grid->columnWidth(c), amount));
    m_grid->setColumnWidth(0, qMax(m_grid->columnWidth(0), 260));
}

void BudgetsView::updateCharts()
{
    for (QChartView *view : std::as_const(m_chartViews))
        BudgetCharts::fill(view->chart(), BudgetCharts::Kind(view->property("chartKind").toInt()), *m_amounts);
}

void BudgetsView::updateChecks()
{
    const Budget &b = m_model->budget();
    if (b.yearCount() == 0) {
        m_checks->setText(tr("There are no budgets yet. Make a new one, or import one from a CSV file."));
        return;
    }
    QStringList items;
    const QVector<BudgetProblem> problems = b.checks();
    for (const BudgetProblem &p : problems)
        items << p.message.toHtmlEscaped();
    const QStringList overruns = BudgetComparison::overruns(b, m_model->outcome());
    for (const QString &o : overruns)
        items << o.toHtmlEscaped();
    QString html;
    if (problems.isEmpty())
        html = QStringLiteral("<span style='color:%1'>&#10004; %2</span>")
                   .arg(PaletteRoles::text(PaletteRoles::Role::Fine, palette().color(QPalette::Window), palette()).name(),
                        tr("Financing equals the booked costs every year, and every funder is within its cap.").toHtmlEscaped());
    if (!items.isEmpty())
        html += QStringLiteral("<ul style='margin:0; color:%1'><li>%2</li></ul>")
                    .arg(PaletteRoles::text(PaletteRoles::Role::Problem, palette().color(QPalette::Window), palette()).name(),
                         items.join(QStringLiteral("</li><li>")));
    m_checks->setText(html);
}

void BudgetsView::editSelected()
{
    if (m_grid->currentIndex().isValid())
        m_grid->edit(m_grid->currentIndex());
}

void BudgetsView::deleteSelected()
{
    m_grid->clearSelectedAmounts();
}

void BudgetsView::importCsv()
{
    const QString path = m_files->openFileName(this, tr("Import a budget"), QDir::homePath(),
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit errorOccurred(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    auto report = m_session->budgetService().importCsv(file.readAll());
    if (!report) {
        emit errorOccurred(tr("%1: %2").arg(QFileInfo(path).fileName(), report.errorMessage()));
        return;
    }
    if (!report->problems.isEmpty()) {
        QStringList lines;
        for (const CsvProblem &p : std::as_const(report->problems))
            lines << p.toString();
        emit errorOccurred(tr("Nothing was imported from %1. Correct the file and import it again:\n%2")
                               .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))));
        return;
    }
    selectBudget(report->budgetId);
    emit message(tr("Imported the budget %1.").arg(report->name));
}

void BudgetsView::exportCsv()
{
    const Budget &b = m_model->budget();
    if (b.yearCount() == 0)
        return;
    const QString suggestion = QDir::home().filePath(
        tr("budget-%1-%2.csv").arg(b.firstYear()).arg(b.lastYear()));
    const QString path = m_files->saveFileName(this, tr("Export the budget"), suggestion, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = AtomicFile::write(path, BudgetCsv::write(b)); !s) {
        emit errorOccurred(s.errorMessage());
        return;
    }
    emit message(tr("Exported the budget %1 to %2.").arg(b.name(), QDir::toNativeSeparators(path)));
}

std::unique_ptr<ReportDocument> BudgetsView::makeReport() const
{
    const Budget &b = m_model->budget();
    if (b.yearCount() == 0) {
        auto *self = const_cast<BudgetsView *>(this);
        emit self->errorOccurred(tr("There is no budget to print; import one first."));
        return nullptr;
    }
    return std::make_unique<BudgetReport>(b, m_model->outcome(), m_session->displayName());
}

QString BudgetsView::pdfFileName() const
{
    const Budget &b = m_model->budget();
    return tr("budget-%1-%2.pdf").arg(b.firstYear()).arg(b.lastYear());
}

qint64 BudgetsView::selectedLineId() const
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return 0;
    return m_model->lineId(current.row());
}

void BudgetsView::updateLineActions()
{
    const qint64 line = selectedLineId();
    const Budget &b = m_model->budget();
    m_rename->setEnabled(line && b.costLine(line));
    m_remove->setEnabled(line != 0);
}

namespace {
// A dialog with a form and OK/Cancel, built in code.
struct FormDialog
{
    QDialog dialog;
    QFormLayout *form;
    QDialogButtonBox *buttons;
    FormDialog(QWidget *parent, const QString &title)
        : dialog(parent)
        , form(new QFormLayout)
        , buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    {
        dialog.setWindowTitle(title);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addLayout(form);
        layout->addWidget(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    }
};
} // namespace

void BudgetsView::addCostLine()
{
    const qint64 id = currentBudgetId();
    if (!id)
        return;
    FormDialog d(this, tr("Add a cost line"));
    auto *category = new QComboBox;
    for (CostCategory c : Budget::costCategories())
        category->addItem(Budget::label(c), int(c));
    auto *name = new QLineEdit;
    name->setPlaceholderText(tr("Required for Other; otherwise the category's name"));
    d.form->addRow(tr("&Category:"), category);
    d.form->addRow(tr("&Name:"), name);
    auto update = [&] {
        const bool other = CostCategory(category->currentData().toInt()) == CostCategory::Other;
        d.buttons->button(QDialogButtonBox::Ok)->setEnabled(!other || !name->text().trimmed().isEmpty());
    };
    connect(category, &QComboBox::currentIndexChanged, &d.dialog, update);
    connect(name, &QLineEdit::textChanged, &d.dialog, update);
    category->setCurrentIndex(category->findData(int(CostCategory::Other)));
    update();
    if (d.dialog.exec() != QDialog::Accepted)
        return;
    CostLine line;
    line.category = CostCategory(category->currentData().toInt());
    line.name = name->text();
    if (const Status s = m_session->budgetService().addCostLine(id, line); !s)
        emit errorOccurred(s.errorMessage());
}

void BudgetsView::addFinancingLine()
{
    const qint64 id = currentBudgetId();
    if (!id)
        return;
    FormDialog d(this, tr("Add a financing line"));
    auto *funder = new QComboBox;
    funder->setEditable(true);
    funder->setInsertPolicy(QComboBox::NoInsert);
    const ActorList &actors = m_session->actors()->allActors();
    for (const Actor &a : actors)
        funder->addItem(a.name, a.id);
    funder->setCurrentIndex(-1);
    auto *kind = new QComboBox;
    for (FunderKind k : {FunderKind::Public, FunderKind::Private})
        kind->addItem(Budget::label(k), int(k));
    auto *status = new QComboBox;
    for (FundingStatus st : {FundingStatus::Confirmed, FundingStatus::Applied, FundingStatus::InKind})
        status->addItem(Budget::label(st), int(st));
    d.form->addRow(tr("&Funder:"), funder);
    d.form->addRow(tr("&Kind:"), kind);
    d.form->addRow(tr("&Status:"), status);
    auto update = [&] {
        d.buttons->button(QDialogButtonBox::Ok)->setEnabled(funder->findText(funder->currentText(), Qt::MatchFixedString) >= 0);
    };
    connect(funder, &QComboBox::currentTextChanged, &d.dialog, update);
    update();
    if (d.dialog.exec() != QDialog::Accepted)
        return;
    const int i = funder->findText(funder->currentText(), Qt::MatchFixedString);
    if (i < 0)
        return;
    FinancingLine line;
    line.funderActorId = funder->itemData(i).toLongLong();
    line.funderName = funder->itemText(i);
    line.kind = FunderKind(kind->currentData().toInt());
    line.status = FundingStatus(status->currentData().toInt());
    if (const Status s = m_session->budgetService().addFinancingLine(id, line); !s)
        emit errorOccurred(s.errorMessage());
}

void BudgetsView::renameLine()
{
    const qint64 id = currentBudgetId();
    const qint64 line = selectedLineId();
    if (!id || !line)
        return;
    const CostLine *cost = m_model->budget().costLine(line);
    if (!cost) {
        emit errorOccurred(tr("%1 is a financing line; it is named after its funder in the register.")
                               .arg(m_model->budget().lineName(line)));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the line"),
                                               tr("New name of %1:").arg(m_model->budget().lineName(line)),
                                               QLineEdit::Normal, cost->name, &ok);
    if (!ok)
        return;
    if (const Status s = m_session->budgetService().renameLine(id, line, name); !s)
        emit errorOccurred(s.errorMessage());
}

void BudgetsView::removeLine()
{
    const qint64 id = currentBudgetId();
    const qint64 line = selectedLineId();
    if (!id || !line)
        return;
    if (const Status s = m_session->budgetService().removeLine(id, line); !s)
        emit errorOccurred(s.errorMessage());
    else
        emit message(tr("Removed the line. Edit > Undo brings it back."));
}

void BudgetsView::newBudget()
{
    FormDialog d(this, tr("New budget"));
    auto *name = new QLineEdit;
    auto *first = new QSpinBox;
    auto *last = new QSpinBox;
    const int year = Clock::today().year();
    for (QSpinBox *box : {first, last})
        box->setRange(Budget::kMinYear, Budget::kMaxYear);
    first->setValue(year);
    last->setValue(year + 2);
    d.form->addRow(tr("&Name:"), name);
    d.form->addRow(tr("&First year:"), first);
    d.form->addRow(tr("&Last year:"), last);
    auto update = [&] {
        d.buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty()
                                                            && last->value() >= first->value());
    };
    connect(name, &QLineEdit::textChanged, &d.dialog, update);
    connect(first, &QSpinBox::valueChanged, &d.dialog, update);
    connect(last, &QSpinBox::valueChanged, &d.dialog, update);
    update();
    if (d.dialog.exec() != QDialog::Accepted)
        return;
    auto created = m_session->budgetService().create(name->text(), first->value(), last->value());
    if (!created) {
        emit errorOccurred(created.errorMessage());
        return;
    }
    selectBudget(*created);
    emit message(tr("Made the budget %1.").arg(name->text().trimmed()));
}
