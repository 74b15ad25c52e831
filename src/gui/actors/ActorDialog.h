#pragma once

#include "PaletteRoles.h"

#include <optional>

#include "Actor.h"
#include "Result.h"

#include <QDialog>

#include <functional>
#include <memory>

class ActorTableModel;
class QCheckBox;
class QLabel;

namespace Ui {
class ActorDialog;
}

// Adds or edits one actor. Checks as you type: the organisation number (any way people
// write it; shown normalised, or why it is wrong, or who already has it) and the name.
// OK stays disabled until both are right. On OK the save handler stores the actor; if
// it refuses, the dialog stays open and says why.
class ActorDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveHandler = std::function<Status(const Actor &)>;

    // actors: the register, to find who already has an organisation number.
    explicit ActorDialog(const ActorTableModel *actors, QWidget *parent = nullptr);
    ~ActorDialog() override;

    // Edit this actor (without it the dialog adds a new one).
    void setActor(const Actor &actor);
    // What the fields say, with the organisation number normalised.
    Actor actor() const;
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    void accept() override;

private:
    void validate();
    static void setStatus(QLabel *label, const QString &text, std::optional<PaletteRoles::Role> role);

    std::unique_ptr<Ui::ActorDialog> m_ui;
    const ActorTableModel *m_actors;
    Actor m_actor; // the actor being edited (id 0 for a new one)
    SaveHandler m_save;
    QList<std::pair<QCheckBox *, Area>> m_areaBoxes;
    QList<std::pair<QCheckBox *, ActorRole>> m_roleBoxes;
};
