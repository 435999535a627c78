package dev.arenaview.ui.table;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table skin that keeps its rows' cells when the table is given other rows.
 *
 * <p>{@link RowList} tells the table "every row was replaced" in one change. The stock skin then
 * rebuilds its cells: every row on screen is first emptied and then filled again, so each cell's
 * contents (the model column's link among them) leave the scene graph and come back, to be
 * styled and laid out anew: the longest freeze of the window while a file opens (BENCHMARKS.md).
 * The rows are immutable
 * records, so a cell whose row equals the old one needs nothing, and any other is updated in
 * place by the flow's ordinary layout (it compares each cell's row with the list's).
 *
 * <p>Only the rebuild that follows a change of the rows is turned into that lighter pass; the
 * skin's other rebuilds (columns shown or hidden, a new row factory) stay as they are.
 */
final class RowReusingTableSkin<T> extends TableViewSkin<T> {

    RowReusingTableSkin(TableView<T> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<T>> createVirtualFlow() {
        return new Flow<>();
    }

    @Override
    protected void updateItemCount() {
        Flow<?> flow = (Flow<?>) getVirtualFlow();
        flow.rowsChanged = true;
        try {
            super.updateItemCount();
        } finally {
            flow.rowsChanged = false;
        }
    }

    private static final class Flow<R extends TableRow<?>> extends VirtualFlow<R> {
        boolean rowsChanged;

        @Override
        protected void rebuildCells() {
            if (rowsChanged) {
                // The next layout lays out the cells again, each taking the row at its index.
                reconfigureCells();
            } else {
                super.rebuildCells();
            }
        }
    }
}
