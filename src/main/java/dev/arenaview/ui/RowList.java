package dev.arenaview.ui;

import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The rows the table shows, replaced whole: the new rows are worked out off the window
 * thread, and the swap tells the table "everything changed" in one step. An observable
 * array list would copy a million rows one by one and record each as removed and added,
 * a freeze of a second on the window thread; a filtered list would re-test every row there.
 * Read-only to everybody else.
 */
final class RowList<E> extends ObservableListBase<E> {

    private List<E> items = List.of();

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** Shows these rows instead; the list is kept, not copied, and must not change after. */
    void replace(List<E> next) {
        List<E> old = items;
        if (old.isEmpty() && next.isEmpty()) {
            return;
        }
        items = next;
        beginChange();
        nextReplace(0, next.size(), old);
        endChange();
    }
}
