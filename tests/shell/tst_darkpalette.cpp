#include "TestSupport.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "PaletteRoles.h"
#include "Session.h"
#include "ViewSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

// Every main tab rendered with a dark palette: wherever the program computes a colour
// (the roles of PaletteRoles, the colours item models give, the colours written into
// style sheets and rich text), text must stand out from what it is drawn on by at least
// 4.5:1 (WCAG AA). With VERKSTAN_SCREENSHOTS=<folder> the tabs are saved there as PNG to look at.
class TestDarkPalette : public QObject
{
    Q_OBJECT

    static QPalette dark()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        return p;
    }

    QStringList m_failures;

    void expectReadable(const QColor &text, const QColor &ground, const QString &where)
    {
        const double ratio = PaletteRoles::contrast(text, ground);
        if (ratio < 4.5)
            m_failures << QStringLiteral("%1: %2 on %3 is %4:1").arg(where, text.name(), ground.name()).arg(ratio, 0, 'f', 2);
    }

    static QColor styleColour(const QString &sheet, const QString &selectorPart, const QString &property)
    {
        const QRegularExpression re(QRegularExpression::escape(selectorPart) + QStringLiteral("[^{]*\\{[^}]*\\b")
                                    + property + QStringLiteral("\\s*:\\s*(#[0-9a-fA-F]{6})"));
        const auto m = re.match(sheet);
        return m.hasMatch() ? QColor(m.captured(1)) : QColor();
    }

    void checkTab(QWidget *tab, const QString &name)
    {
        // Item views: the colours their models give, on the background they give or the view's.
        for (QAbstractItemView *view : tab->findChildren<QAbstractItemView *>()) {
            QAbstractItemModel *model = view->model();
            if (!model || !view->isVisible())
                continue;
            const QPalette p = view->palette();
            for (int r = 0; r < qMin(model->rowCount(), 300); ++r)
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex i = model->index(r, c);
                    const QVariant fg = i.data(Qt::ForegroundRole);
                    const QVariant bg = i.data(Qt::BackgroundRole);
                    if (!fg.isValid() && !bg.isValid())
                        continue;
                    const QColor text = fg.isValid() ? fg.value<QBrush>().color() : p.color(QPalette::Text);
                    const QColor ground = bg.isValid() ? bg.value<QBrush>().color() : p.color(QPalette::Base);
                    expectReadable(text, ground, QStringLiteral("%1 %2 row %3 column %4").arg(name, view->objectName()).arg(r).arg(c));
                }
        }
        // Labels: a colour written into a style sheet or rich text, on the window.
        for (QLabel *label : tab->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            const QColor window = label->palette().color(QPalette::Window);
            const QString sheet = label->styleSheet();
            const QColor own = styleColour(QStringLiteral("{") + sheet, QString(), QStringLiteral("color"));
            if (own.isValid())
                expectReadable(own, window, QStringLiteral("%1 label %2").arg(name, label->objectName()));
            static const QRegularExpression span(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
            for (auto it = span.globalMatch(label->text()); it.hasNext();)
                expectReadable(QColor(it.next().captured(1)), window, QStringLiteral("%1 text of %2").arg(name, label->objectName()));
        }
        // Bands with their own background: the warning box and the message bar.
        for (QWidget *w : tab->findChildren<QWidget *>()) {
            const QString cls = QLatin1String(w->metaObject()->className());
            if (cls != QLatin1String("WarningBox") && cls != QLatin1String("MessageWidget"))
                continue;
            const QColor ground = styleColour(w->styleSheet(), cls, QStringLiteral("background"));
            const QColor text = styleColour(w->styleSheet(), QStringLiteral("QLabel"), QStringLiteral("color"));
            if (ground.isValid() && text.isValid())
                expectReadable(text, ground, QStringLiteral("%1 %2").arg(name, cls));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark());
    }

    void theRolesAreReadableOnTheirGrounds()
    {
        const QPalette p = dark();
        QVERIFY(PaletteRoles::isDark(p));
        using R = PaletteRoles::Role;
        using S = PaletteRoles::Surface;
        for (R role : {R::Problem, R::Fine, R::Warning, R::Quiet}) {
            QVERIFY(PaletteRoles::contrast(PaletteRoles::text(role, p), p.color(QPalette::Base)) >= 4.5);
            for (S on : {S::Heading, S::Total})
                QVERIFY(PaletteRoles::contrast(PaletteRoles::text(role, PaletteRoles::background(on, p), p),
                                               PaletteRoles::background(on, p)) >= 4.5);
        }
        for (S s : {S::WarningBox, S::Positive, S::Information, S::Caution, S::Failure, S::Heading, S::Total})
            QVERIFY(PaletteRoles::contrast(PaletteRoles::textOn(s, p), PaletteRoles::background(s, p)) >= 4.5);
        // The light palette keeps the colours the program always had.
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        QCOMPARE(PaletteRoles::text(R::Problem, light), QColor(0xb0, 0x1c, 0x1c));
        QCOMPARE(PaletteRoles::background(S::Heading, light), QColor(0xdd, 0xe4, 0xee));
        QVERIFY(PaletteRoles::contrast(Qt::black, Qt::white) > 20.9);
    }

    void everyTabReadsInTheDark()
    {
        QTemporaryDir dir;
        auto s = Session::open(dir.filePath(QStringLiteral("demo.sqlite")), Database::Mode::Create, true);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        MainWindow window(std::move(s).value());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showMessage(QStringLiteral("A message on the dark palette"), MessageWidget::Error);
        const QString shots = TestSupport::screenshotDir({});
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString name = tabs->tabText(i).remove(QLatin1Char('&'));
            const QImage image = window.grab().toImage();
            QVERIFY(!image.isNull());
            if (!shots.isEmpty())
                image.save(QDir(shots).filePath(QStringLiteral("dark-%1.png").arg(i)));
            checkTab(tabs->currentWidget(), name);
        }
        checkTab(window.messageWidget()->parentWidget(), QStringLiteral("window"));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
