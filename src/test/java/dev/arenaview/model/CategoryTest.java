package dev.arenaview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void commonCategoriesHaveNamesInBothLanguagesAndOthersAreShownAsPublished() {
        Category writing = new Category("creative_writing");
        assertEquals("Creative writing", writing.displayName(Locale.ENGLISH));
        assertEquals("创意写作", writing.displayName(Locale.SIMPLIFIED_CHINESE));
        assertEquals("总榜", Category.OVERALL.displayName(Locale.SIMPLIFIED_CHINESE));
        assertEquals("long_tail_xyz", new Category("long_tail_xyz").displayName(Locale.ENGLISH));
    }

    @Test
    void aCategoryAnswersToItsIdAndItsNamesAsTyped() {
        Category writing = new Category("creative_writing");
        assertTrue(writing.isCalled("creative_writing"));
        assertTrue(writing.isCalled("Creative Writing"));
        assertTrue(writing.isCalled("creative-writing"));
        assertTrue(writing.isCalled("创意写作"));
        assertFalse(writing.isCalled("writing"));
    }

    @Test
    void overallComesFirst() {
        TreeSet<Category> sorted = new TreeSet<>(List.of(new Category("math"), Category.OVERALL, new Category("coding")));
        assertEquals(List.of("overall", "coding", "math"), sorted.stream().map(Category::id).toList());
    }

    @Test
    void aListToChooseFromGroupsPromptsBeforeLanguagesAndUnknownOnesLast() {
        List<Category> listed = java.util.stream.Stream.of("chinese", "zzz_new", "math", "english", "overall", "coding",
                        "industry_legal_and_government", "aaa_new")
                .map(Category::new).sorted(Category.byGroup()).toList();
        assertEquals(List.of("overall", "coding", "math", "english", "chinese", "industry_legal_and_government",
                "aaa_new", "zzz_new"), listed.stream().map(Category::id).toList());
    }
}
