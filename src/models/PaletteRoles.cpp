#include "PaletteRoles.h"

#include <QGuiApplication>

#include <cmath>

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// The colours of the light palette, as the program has always shown them.
QColor lightText(PaletteRoles::Role role)
{
    switch (role) {
    case PaletteRoles::Role::Problem: return QColor(0xb0, 0x1c, 0x1c);
    case PaletteRoles::Role::Fine: return QColor(0x1e, 0x6b, 0x2e);
    case PaletteRoles::Role::Warning: return QColor(0xb0, 0x5a, 0x00);
    case PaletteRoles::Role::Quiet: return QColor(0x55, 0x5f, 0x6b);
    case PaletteRoles::Role::Accent: return QColor(0xd8, 0x43, 0x15);
    }
    return QColor(0x55, 0x5f, 0x6b);
}

struct Tint
{
    QColor background;
    QColor border;
};

Tint lightSurface(PaletteRoles::Surface surface)
{
    switch (surface) {
    case PaletteRoles::Surface::Heading: return {QColor(0xdd, 0xe4, 0xee), QColor(0xdd, 0xe4, 0xee)};
    case PaletteRoles::Surface::Total: return {QColor(0xee, 0xf1, 0xf5), QColor(0xee, 0xf1, 0xf5)};
    case PaletteRoles::Surface::WarningBox: return {QColor(0xff, 0xf4, 0xce), QColor(0xe0, 0xa5, 0x26)};
    case PaletteRoles::Surface::Positive: return {QColor(0xe3, 0xf1, 0xdf), QColor(0x5b, 0x9f, 0x4a)};
    case PaletteRoles::Surface::Information: return {QColor(0xdf, 0xec, 0xf7), QColor(0x4a, 0x86, 0xc5)};
    case PaletteRoles::Surface::Caution: return {QColor(0xfc, 0xf1, 0xd6), QColor(0xd9, 0xa5, 0x2b)};
    case PaletteRoles::Surface::Failure: return {QColor(0xf9, 0xe0, 0xde), QColor(0xc9, 0x48, 0x3c)};
    case PaletteRoles::Surface::Canvas: return {QColor(0xfa, 0xfb, 0xfc), QColor(0xfa, 0xfb, 0xfc)};
    }
    return {QColor(0xee, 0xf1, 0xf5), QColor(0xee, 0xf1, 0xf5)};
}

QColor lightTextOn(PaletteRoles::Surface surface)
{
    switch (surface) {
    case PaletteRoles::Surface::WarningBox: return QColor(0x4a, 0x35, 0x00);
    case PaletteRoles::Surface::Positive:
    case PaletteRoles::Surface::Information:
    case PaletteRoles::Surface::Caution:
    case PaletteRoles::Surface::Failure: return QColor(0x1d, 0x1d, 0x1d);
    default: return {};
    }
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t), float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

} // namespace

QPalette PaletteRoles::current()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    // No GUI (a command-line report, a model test): the light palette.
    return QPalette(Qt::black, QColor(0xef, 0xef, 0xef), Qt::white, Qt::darkGray, Qt::gray, Qt::black, Qt::white,
                    Qt::white, QColor(0xef, 0xef, 0xef));
}

bool PaletteRoles::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.25;
}

double PaletteRoles::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor PaletteRoles::readableOn(const QColor &colour, const QColor &background, double minimum)
{
    QColor c = colour.toHsl();
    const bool lighten = luminance(background) < 0.18;
    for (int step = 0; step < 40 && contrast(c, background) < minimum; ++step) {
        const float l = c.lightnessF();
        c = QColor::fromHslF(c.hslHueF(), c.hslSaturationF(), lighten ? std::min(1.0f, l + 0.03f) : std::max(0.0f, l - 0.03f));
    }
    return c.toRgb();
}

QColor PaletteRoles::text(Role role, const QPalette &palette)
{
    return text(role, palette.color(QPalette::Base), palette);
}

QColor PaletteRoles::text(Role role, const QColor &background, const QPalette &palette)
{
    if (role == Role::Quiet && isDark(palette))
        return readableOn(mix(palette.color(QPalette::Text), background, 0.3), background);
    return readableOn(lightText(role), background);
}

QColor PaletteRoles::background(Surface surface, const QPalette &palette)
{
    const Tint light = lightSurface(surface);
    if (!isDark(palette))
        return light.background;
    if (surface == Surface::Canvas)
        return palette.color(QPalette::Base);
    // The same hue, a little lighter than the dark base.
    return mix(palette.color(QPalette::Base), light.border, surface == Surface::Heading || surface == Surface::Total ? 0.16 : 0.22);
}

QColor PaletteRoles::border(Surface surface, const QPalette &palette)
{
    return lightSurface(surface).border;
}

QColor PaletteRoles::textOn(Surface surface, const QPalette &palette)
{
    const QColor on = background(surface, palette);
    const QColor light = lightTextOn(surface);
    if (!isDark(palette) && light.isValid())
        return light;
    return readableOn(palette.color(QPalette::Text), on, 7.0);
}
