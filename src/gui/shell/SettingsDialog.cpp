#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "AppSettings.h"

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    QComboBox *c = m_ui->languageCombo;
    // The languages by their own names, as people look for them.
    c->addItem(tr("Automatic (the system's language)"), int(AppSettings::Language::Automatic));
    //: The name of the Swedish language in Swedish; keep it as it is.
    c->addItem(tr("Svenska"), int(AppSettings::Language::Swedish));
    //: The name of the English language in English; keep it as it is.
    c->addItem(tr("English"), int(AppSettings::Language::English));
    c->setCurrentIndex(c->findData(int(AppSettings::language())));
    m_ui->restartNote->setForegroundRole(QPalette::PlaceholderText);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    adjustSize();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    AppSettings::setLanguage(AppSettings::Language(m_ui->languageCombo->currentData().toInt()));
    QDialog::accept();
}
