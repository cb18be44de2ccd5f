package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.TableColumns.Role;
import dev.quarry.post.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableColumnsTest {
  private final TableColumns columns = new TableColumns(Lexicon.load());

  @Test
  void headerWordsNameWhatAColumnHoldsWhateverTheirCase() {
    assertEquals(Role.EVENT, columns.role("Event"));
    assertEquals(Role.EVENT, columns.role("CONFERENCE"));
    assertEquals(Role.EVENT, columns.role("Meetups"));
    assertEquals(Role.SPEAKER, columns.role("Speaker(s)"));
    assertEquals(Role.SPEAKER, columns.role("presenters"));
    assertEquals(Role.SPEAKER, columns.role("Who"));
    assertEquals(Role.TALK, columns.role("Session"));
    assertEquals(Role.TALK, columns.role("Title"));
    assertEquals(Role.COMPANY, columns.role("Affiliation"));
    assertEquals(Role.COMPANY, columns.role("Employer"));
    assertEquals(Role.PLACE, columns.role("City"));
    assertEquals(Role.PLACE, columns.role("location"));
  }

  @Test
  void aHeaderIsReadByItsHeadWord() {
    assertEquals(Role.TALK, columns.role("Talk title"));
    assertEquals(Role.EVENT, columns.role("Event name"));
    assertEquals(Role.COMPANY, columns.role("Company / Org"));
    assertEquals(Role.OTHER, columns.role("Event date"));
    assertEquals(Role.OTHER, columns.role("Role in the project"));
    assertEquals(Role.OTHER, columns.role("Time (CST)"));
    assertEquals(Role.OTHER, columns.role("Venue"));
    assertEquals(Role.OTHER, columns.role("QPS"));
    assertEquals(Role.OTHER, columns.role(""));
  }

  @Test
  void aBodyRowTakesTheRolesOfTheHeaderAboveItsRows() {
    String text = "Talk | Speaker | Event\n\nA | B | C\n\nD | E | F\n\nSome prose.\n\nG | H\n\n";
    List<Block> blocks = List.of(new Block(Block.Kind.TABLE, 1, 0, 22),
        new Block(Block.Kind.TABLE, 0, 24, 33), new Block(Block.Kind.TABLE, 0, 35, 44),
        new Block(Block.Kind.PARAGRAPH, 0, 46, 57), new Block(Block.Kind.TABLE, 0, 59, 64));
    assertEquals(List.of(Role.TALK, Role.SPEAKER, Role.EVENT), columns.of(blocks, 2, text));
    assertEquals(List.of(), columns.of(blocks, 0, text), "a header row has no header");
    assertEquals(List.of(), columns.of(blocks, 4, text), "prose ends a table");
  }

  @Test
  void aRowsCellsKeepTheirColumnsWhenOneIsEmpty() {
    String text = "A | | C d";
    List<int[]> cells = TableColumns.cells(text, new Block(Block.Kind.TABLE, 0, 0, 9));
    assertEquals(List.of("A", "", "C d"),
        cells.stream().map(c -> text.substring(c[0], c[1])).toList());
  }

  @Test
  void onlineDatesAndPlaceholdersNameNothing() {
    assertFalse(columns.names("Online"));
    assertFalse(columns.names("TBA"));
    assertFalse(columns.names("September 16–18"));
    assertFalse(columns.names("2031-05-03"));
    assertTrue(columns.names("Fooconf 2031"));
    assertTrue(columns.names("Lyon, France"));
  }
}
