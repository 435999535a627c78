package dev.arenaview.ui.filter;

/**
 * One value of a filter list (a vendor, a licence) and how many models of the loaded
 * leaderboard have it.
 */
public record FacetValue(String value, int count) {
}
