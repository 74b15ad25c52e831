#pragma once

class QCoreApplication;

// Installs the Swedish translations: Verkstan's own (compiled in) and Qt's. Debian's
// qt6-translations-l10n has no qtbase_sv.qm, only qt_sv.qm, an older catalogue that
// lacks the button texts Qt 6 uses ("Cancel" in QPlatformTheme): load what exists, and
// the texts it lacks are translated in Verkstan's own catalogue (gui/shell/QtTexts.cpp).
namespace Translations {
void installSwedish(QCoreApplication *app);
}
