#pragma once

namespace Models {

/// While it lives, the saves of the thread that made it wait at most `milliseconds` for another
/// program's write before they fail as Busy (Storage::Database::setThreadWaitCap); the thread's
/// cap before it comes back when it goes. The window's thread holds one: it cannot repaint or
/// take a click while a save waits. Background work keeps the full limit and its Cancel.
class ThreadWaitCap
{
public:
    explicit ThreadWaitCap(int milliseconds);
    ~ThreadWaitCap();
    ThreadWaitCap(const ThreadWaitCap &) = delete;
    ThreadWaitCap &operator=(const ThreadWaitCap &) = delete;

private:
    int m_previous;
};

} // namespace Models
