#pragma once

#include <QColor>
#include <QPalette>

// The colours the program gives meaning to, in one place, derived from the palette so
// that a dark theme reads as well as a light one. Each text role is checked against the
// background it is drawn on and made lighter or darker until it reaches the contrast
// that WCAG asks of text (4.5:1); on the light palette the colours are the ones the
// program has always shown. Backgrounds of the same roles are tints of the palette's
// base. The domain's own colours (the three areas) are named in Classification.
class PaletteRoles
{
public:
    enum class Role {
        Problem,     // an error, a broken rule, a refusal
        Fine,        // a check that passes, a success
        Warning,     // something to look at soon (an overdue date, a composition warning)
        Quiet,       // computed or secondary text
        Accent,      // a target or selection drawn on a canvas
    };
    enum class Surface {
        Heading,     // heading rows of a grid
        Total,       // total rows of a grid
        WarningBox,  // the box that lists warnings
        Positive,    // message bar: success
        Information, // message bar: information
        Caution,     // message bar: warning
        Failure,     // message bar: error
        Canvas,      // a drawing's background (the map)
    };

    static QPalette current();
    static bool isDark(const QPalette &palette);

    // Text of a role, readable on background (by default the palette's base).
    static QColor text(Role role, const QPalette &palette = current());
    static QColor text(Role role, const QColor &background, const QPalette &palette);
    // A surface's background and its border, and the text readable on it.
    static QColor background(Surface surface, const QPalette &palette = current());
    static QColor border(Surface surface, const QPalette &palette = current());
    static QColor textOn(Surface surface, const QPalette &palette = current());

    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    // colour made lighter or darker (keeping its hue) until its contrast with background
    // is at least minimum.
    static QColor readableOn(const QColor &colour, const QColor &background, double minimum = 4.5);
};
