#include "MinutesViewFixture.h"

// The way of minutes from draft through adjustment to final, in the Minutes tab over
// the demo database: choosing adjusters, their comments, and the final PDF/A.
class TestMinutesAdjustment : public MinutesViewFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { openOnce(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void adjustersCommentAndTheSecretaryResolves()
    {
        const qint64 id = draftOutForAdjustment();
        QCOMPARE(stored(id).state, MinutesState::ForAdjustment);
        const Minutes m = m_view->current();
        child<QListWidget>("minutesItems")->setCurrentRow(1);
        auto *panel = m_view->findChild<ItemCommentsPanel *>(QStringLiteral("itemCommentsPanel"));
        QVERIFY(panel->isVisibleTo(m_view));
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("addComment"))->isEnabled());

        whenModal<QDialog>([&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("commentDialog"));
            dialog->findChild<QComboBox *>()->setCurrentText(m.adjusters().constFirst());
            dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Stavning: Länsstyrelsen."));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        panel->findChild<QPushButton *>(QStringLiteral("addComment"))->click();
        const auto comments = stored(id).items.at(1).comments;
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.at(0).author, m.adjusters().constFirst());
        QVERIFY(!comments.at(0).resolved);
        QVERIFY(panel->findChild<QListWidget *>(QStringLiteral("itemComments"))->item(0)->text().contains(QStringLiteral("Stavning")));
        if (const QString shots = TestSupport::screenshotDir({}); !shots.isEmpty())
            m_view->grab().save(shots + QStringLiteral("/minutes-comments.png"));

        // Nobody adjusts over an unresolved comment.
        QVERIFY(!m_view->recordAdjustmentBy(m.chair(), qMax(m.date, QDate(2026, 11, 23)), AdjustmentMethod::ConfirmedHere));
        QVERIFY(stored(id).adjustments.isEmpty());

        panel->findChild<QListWidget *>(QStringLiteral("itemComments"))->setCurrentRow(0);
        panel->findChild<QPushButton *>(QStringLiteral("resolveComment"))->click();
        QVERIFY(stored(id).items.at(1).comments.at(0).resolved);
        m_sessionPtr->undoStack()->undo();
        QVERIFY(!stored(id).items.at(1).comments.at(0).resolved);
        m_sessionPtr->undoStack()->redo();
        QVERIFY(m_view->recordAdjustmentBy(m.chair(), qMax(m.date, QDate(2026, 11, 23)), AdjustmentMethod::ConfirmedHere));
    }

    void theAdjusterIsChosenInTheItemForIt()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        const Minutes m = m_view->current();
        int adjusterItem = -1;
        for (int i = 0; i < m.items.size(); ++i)
            if (m.items.at(i).title.contains(QStringLiteral("adjuster"), Qt::CaseInsensitive))
                adjusterItem = i;
        QVERIFY(adjusterItem >= 0);
        auto *pick = child<QComboBox>("adjusterPick");
        child<QListWidget>("minutesItems")->setCurrentRow(0);
        QVERIFY(!pick->isVisibleTo(m_view));
        child<QListWidget>("minutesItems")->setCurrentRow(adjusterItem);
        QVERIFY(pick->isVisibleTo(m_view));
        const QString name = m.attendance.at(3).name;
        const int index = pick->findText(name);
        QVERIFY(index > 0);
        pick->setCurrentIndex(index);
        emit pick->activated(index);
        const Minutes after = stored(id);
        QVERIFY(after.adjusters().contains(name));
        QVERIFY2(after.items.at(adjusterItem).decision.contains(name), qPrintable(after.items.at(adjusterItem).decision));
        m_sessionPtr->undoStack()->undo();
        QVERIFY(!stored(id).adjusters().contains(name));
    }

    void sendingWithoutAnAdjusterIsRefused()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        // No one in the draft is the adjuster.
        for (int row = 0; row < m_view->current().attendance.size(); ++row)
            if (m_view->current().attendance.at(row).role == MinutesRole::Adjuster)
                setCombo(row, 4, int(MinutesRole::None));
        QVERIFY(m_view->current().adjusters().isEmpty());
        child<QPushButton>("sendForAdjustment")->click();
        const QString message = m_view->findChild<MessageWidget *>(QStringLiteral("minutesMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("No adjuster is named")), qPrintable(message));
        QCOMPARE(stored(id).state, MinutesState::Draft);
    }

    void draftThroughAdjustmentToFinal()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        const Minutes m = m_view->current();
        QVERIFY(m.attendance.size() >= 3);
        setCombo(0, 4, int(MinutesRole::Chair));
        setCombo(1, 4, int(MinutesRole::Secretary));
        setCombo(2, 4, int(MinutesRole::Adjuster));
        for (int row = 0; row < 3; ++row)
            setCombo(row, 3, int(AttendanceStatus::Present));
        for (int row = 3; row < m.attendance.size(); ++row)
            setCombo(row, 4, int(MinutesRole::None));
        const Minutes named = stored(id);
        QCOMPARE(named.chair(), m.attendance.at(0).name);
        QCOMPARE(named.adjusters(), QStringList{m.attendance.at(2).name});

        child<QPushButton>("sendForAdjustment")->click();
        QCOMPARE(stored(id).state, MinutesState::ForAdjustment);
        QVERIFY(child<QPlainTextEdit>("minutesDiscussion")->isReadOnly());
        // Back to draft and out again, through undo as well.
        child<QPushButton>("backToDraft")->click();
        QCOMPARE(stored(id).state, MinutesState::Draft);
        m_sessionPtr->undoStack()->undo();
        QCOMPARE(stored(id).state, MinutesState::ForAdjustment);

        // A date before the meeting is refused and nothing is recorded.
        QVERIFY(!m_view->recordAdjustmentBy(m.attendance.at(0).name, m.date.addDays(-1), AdjustmentMethod::ConfirmedHere));
        QVERIFY(stored(id).adjustments.isEmpty());

        // An impossible date typed in the dialog is refused where it is typed, with the
        // reason, and nothing is recorded (it used to become 2026-02-03: issue 18).
        whenModal<QDialog>([&](QDialog *dialog) {
            auto *date = dialog->findChild<DateEdit *>(QStringLiteral("adjustmentDate"));
            date->setFocus();
            date->selectAll();
            QTest::keyClicks(date, QStringLiteral("2026-02-30"));
            QCOMPARE(date->text(), QStringLiteral("2026-02-30"));
            QVERIFY(!date->date().isValid());
            QVERIFY(date->problem().contains(QStringLiteral("February 2026 has 28 days")));
            okButton(dialog)->click();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("adjustmentProblem"))->text(), date->problem());
        });
        child<QPushButton>("recordAdjustment")->click();
        QVERIFY(stored(id).adjustments.isEmpty());

        // The chair adjusts through the dialog.
        const QDate on = qMax(m.date, QDate(2026, 11, 23));
        Clock::setNow(QDateTime(on, QTime(12, 0)));
        whenModal<QDialog>([&](QDialog *dialog) {
            auto *who = dialog->findChild<QComboBox *>(QStringLiteral("adjustmentWho"));
            QCOMPARE(who->count(), 2);
            who->setCurrentIndex(who->findText(m.attendance.at(0).name));
            QCOMPARE(dialog->findChild<DateEdit *>(QStringLiteral("adjustmentDate"))->date(), on);
            okButton(dialog)->click();
        });
        child<QPushButton>("recordAdjustment")->click();
        QCOMPARE(stored(id).adjustments.size(), 1);
        QCOMPARE(stored(id).state, MinutesState::ForAdjustment);

        // The adjuster is the last: the minutes become final and sealed.
        QVERIFY(m_view->recordAdjustmentBy(m.attendance.at(2).name, on, AdjustmentMethod::SignedOnPaper));
        const Minutes final = stored(id);
        QCOMPARE(final.state, MinutesState::Final);
        QCOMPARE(final.adjustedOn, on);
        QVERIFY(!final.contentHash.isEmpty());
        QVERIFY(child<QLabel>("minutesState")->text().contains(on.toString(Qt::ISODate)));
        QVERIFY(child<QPlainTextEdit>("minutesDiscussion")->isReadOnly());

        // PDF/A for the archive.
        const QString pdf = m_dir->filePath(QStringLiteral("final.pdf"));
        m_files.answer = [pdf](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return pdf; };
        child<QPushButton>("exportPdfA")->click();
        m_files.answer = nullptr;
        QVERIFY(QFile::exists(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("pdfaid:part"));

        // A correction is an addition, a new draft.
        child<QPushButton>("makeAddition")->click();
        QVERIFY(m_view->current().id != id);
        QCOMPARE(m_view->current().additionNumber, 1);
        QCOMPARE(m_view->current().state, MinutesState::Draft);
        QCOMPARE(stored(id).state, MinutesState::Final);
    }
};

QTEST_MAIN(TestMinutesAdjustment)
#include "tst_minutesadjustment.moc"
