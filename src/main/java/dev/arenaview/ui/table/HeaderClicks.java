package dev.arenaview.ui.table;

import dev.arenaview.model.Column;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Header clicks that sort a column in the order a reader expects first: best first for scores
 * and votes, first place first for ranks, A to Z for names; a second click reverses it, a third
 * returns to the board's own order. Shift-click adds a column, or turns it, or takes it out.
 *
 * <p>JavaFX's header always starts ascending, and its cycle is fixed (ascending, descending, off).
 * Just before the header handles a click, the column is put in the state from which that cycle
 * lands on the wanted one, while the table is told not to sort: the board is sorted once, in
 * the wanted order.
 */
final class HeaderClicks {

    private boolean preparing;

    /** Whether the table's sort order is being prepared for a click and must not be sorted by. */
    boolean preparing() {
        return preparing;
    }

    /** Makes the table's header clicks sort as above. */
    void install(TableView<?> table) {
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.isPopupTrigger()) {
                return;
            }
            TableColumnHeader header = headerOf(e.getPickResult().getIntersectedNode());
            if (header != null && header.getTableColumn() instanceof TableColumn<?, ?> column
                    && column.getTableView() == table && column.isSortable()
                    && column.getUserData() instanceof Column data) {
                prepare(table, column, data.naturallyAscending(), e.isShiftDown());
            }
        });
    }

    private static TableColumnHeader headerOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableColumnHeader header) {
                return header;
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void prepare(TableView<?> table, TableColumn<?, ?> column, boolean ascendingFirst, boolean adding) {
        ObservableList<TableColumn> order = (ObservableList) table.getSortOrder();
        boolean in = order.contains(column);
        boolean natural = column.getSortType() == (ascendingFirst ? SortType.ASCENDING : SortType.DESCENDING);
        preparing = true;
        try {
            if (!adding) {
                // The header then goes: not sorted (or not alone) -> ascending; sole ascending -> descending;
                // sole descending -> off.
                if (in && order.size() == 1) {
                    if (natural && !ascendingFirst) {
                        order.clear();
                    } else if (!natural) {
                        column.setSortType(SortType.DESCENDING);
                    }
                } else if (ascendingFirst) {
                    order.clear();
                } else {
                    column.setSortType(SortType.ASCENDING);
                    order.setAll(column);
                }
            } else if (!ascendingFirst) {
                // With shift the header goes: not sorted -> added ascending; ascending -> descending;
                // descending -> out. Columns sorted ascending first need nothing.
                if (!in) {
                    column.setSortType(SortType.ASCENDING);
                    order.add(column);
                } else if (natural) {
                    order.remove(column);
                } else {
                    column.setSortType(SortType.DESCENDING);
                }
            }
        } finally {
            preparing = false;
        }
    }
}
