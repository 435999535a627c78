package dev.arenaview.ui;

import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
        // Not beginChange/nextReplace/endChange: the change builder copies the removed rows
        // into a list of its own, on the window thread, at every header click or keystroke on
        // a large file. The old rows never change, so the change hands them out as they are.
        fireChange(new Swap<>(this, Collections.unmodifiableList(old), next.size()));
    }

    /** One change: every row removed, then {@code added} rows in their place. */
    private static final class Swap<E> extends ListChangeListener.Change<E> {

        private static final int[] NO_PERMUTATION = new int[0];
        private final List<E> removed;
        private final int added;
        private int cursor = -1;

        Swap(ObservableList<E> list, List<E> removed, int added) {
            super(list);
            this.removed = removed;
            this.added = added;
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            onChange();
            return 0;
        }

        @Override
        public int getTo() {
            onChange();
            return added;
        }

        @Override
        public List<E> getRemoved() {
            onChange();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            onChange();
            return NO_PERMUTATION;
        }

        /** As the JavaFX changes do: the getters only between next() and the end. */
        private void onChange() {
            if (cursor != 0) {
                throw new IllegalStateException("call next() first, and only while it returns true");
            }
        }
    }
}
