#include "ActorRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "MapLayout.h"
#include "MapPicture.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

// The map as a picture: the demo map paints its tiles in the area colours.
class TestMapPicture : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void demoMapPaintsItsActors()
    {
        QTranslator swedish; // VERKSTAN_MAP_SWEDISH=1: look at the map as a Swedish user sees it
        if (qEnvironmentVariableIsSet("VERKSTAN_MAP_SWEDISH") && swedish.load(QStringLiteral(":/i18n/verkstan_sv.qm")))
            QCoreApplication::installTranslator(&swedish);
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")), {Database::Mode::Create});
        QVERIFY(db.ok());
        QVERIFY(DemoData::populate(**db));
        const ActorList actors = ActorRepository(**db).all().value();
        MapLayoutOptions o;
        o.municipalityLanes = qEnvironmentVariableIsSet("VERKSTAN_MAP_LANES");
        const MapLayout layout = MapLayout::build(actors, o);
        const QImage image = MapPicture::image(layout, actors, {}, 1.5);
        QVERIFY(!image.isNull());
        if (const QByteArray out = qgetenv("VERKSTAN_MAP_PNG"); !out.isEmpty())
        {
            image.save(QString::fromLocal8Bit(out));
            image.copy(image.width() / 2, 0, 1400, 900).save(QString::fromLocal8Bit(out) + QStringLiteral(".crop.png"));
        }
        // A tile of an actor in Training & Matching shows green.
        int tileOfGreen = -1;
        for (int i = 0; i < actors.size() && tileOfGreen < 0; ++i)
            if (actors.at(i).areas.testFlag(Area::TrainingMatching))
                tileOfGreen = layout.tileOfActor(i);
        QVERIFY(tileOfGreen >= 0);
        const QRectF r = layout.tiles().at(tileOfGreen).rect.translated(MapPicture::kMargin, MapPicture::kMargin);
        const QColor c = image.pixelColor(QPointF((r.left() + 4) * 1.5, r.center().y() * 1.5).toPoint());
        QVERIFY2(c.green() > c.red() + 40 && c.green() > c.blue() + 40, qPrintable(c.name()));
    }
};

QTEST_MAIN(TestMapPicture)
#include "tst_mappicture.moc"
