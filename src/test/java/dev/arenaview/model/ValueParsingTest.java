package dev.arenaview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "+5/-4;5;4", "5/-4;5;4", " + 12 / - 9 ;12;9", "+0/-0;0;0", "+123456789/-1;123456789;1",
    })
    void intervalsInTheirUsualForms(String text, int plus, int minus) {
        assertEquals(Optional.of(new ConfidenceInterval(plus, minus)), ConfidenceInterval.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"5 to 6", "+5/4", "+/-4", "+5/-", "+5/-4x", "-5/-4", "+1234567890/-1", "±5", "+5//-4"})
    void anythingElseIsNotAnInterval(String text) {
        assertEquals(Optional.empty(), ConfidenceInterval.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2023/10;2023;10", "2024/4;2024;4", " 2021-09 ;2021;9", "2022.12;2022;12"})
    void cutoffsWithAYearAndMonth(String text, int year, int month) {
        assertEquals(Optional.of(YearMonth.of(year, month)), KnowledgeCutoff.parse(text).yearMonth());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Online", "Unknown", "2023/13", "2023/0", "23/10", "2023/100", "2023/1a"})
    void otherCutoffsHaveNoDateAndKeepTheirText(String text) {
        KnowledgeCutoff cutoff = KnowledgeCutoff.parse(text);
        assertEquals(Optional.empty(), cutoff.yearMonth());
        assertEquals(text, cutoff.text());
    }
}
