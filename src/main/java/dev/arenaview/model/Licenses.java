package dev.arenaview.model;

/**
 * Tells open licences from the others, for the "open licences only" filter: open means a
 * {@link LicenseClass#isOpen() permissive or restricted open} class in the bundled mapping
 * ({@link Taxonomy}); proprietary, non-commercial, unstated and unmapped licences are not.
 */
public final class Licenses {

    private Licenses() {
    }

    /** True for a licence whose class is open, with or without conditions. */
    public static boolean isOpen(String license) {
        return Taxonomy.standard().licenseClass(license).isOpen();
    }
}
