#pragma once

#include <QUndoCommand>

namespace Gui {

/// An undo command whose text follows a language switch: it makes its text in retranslate(),
/// which it calls once when constructed and MainWindow calls for every command on the stack when
/// the language changes (otherwise Undo would keep saying the step in the old language).
class TranslatableCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    virtual void retranslate() = 0;
};

} // namespace Gui
