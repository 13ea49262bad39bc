package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.JournalEntry;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.CampaignArbitraryProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Commands and journal entries as JSON: every change type has a closed name and round-trips; a
 * journal written as JSON Lines reads back entry for entry, and replaying it rebuilds the campaign;
 * broken input is refused with a pointer (and, in a stream, a line).
 */
class CommandJsonProperties {

    private static final CampaignJson JSON = CampaignJson.standard();
    private static final CampaignJson PRETTY = JSON.withIndentation(true);

    /** Every change record the test kit generates, by type: the model's whole vocabulary of commands. */
    private static final Map<Class<?>, java.util.function.Supplier<Arbitrary<?>>> CHANGE_TYPES =
            CampaignArbitraryProvider.providedTypes().entrySet().stream()
                    .filter(e -> Change.class.isAssignableFrom(e.getKey()) && e.getKey().isRecord())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    @Example
    void everyChangeTypeHasAClosedNameAndEveryNameAChangeType() {
        Map<String, Class<?>> named = new CampaignJsonModule().sealedNames(Change.class).orElseThrow();
        Set<String> generated = CHANGE_TYPES.keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> withNames = named.values().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(withNames).isEqualTo(generated);
        assertThat(named).hasSize(CHANGE_TYPES.size()).containsKeys("stage.advance", "kpi.record-observations",
                "budget.settle", "risks.fire", "board.change-task-status", "review.record-retrospective");
        assertThat(named.keySet()).allMatch(name -> name.matches("[a-z]+\\.[a-z]+(-[a-z]+)*"));
    }

    @Example
    void everyChangeTypeRoundTrips() {
        List<String> failures = new ArrayList<>();
        CHANGE_TYPES.forEach((type, arbitrary) -> arbitrary.get().sampleStream().limit(25).forEach(value -> {
            CampaignCommand command = new CampaignCommand(MemberId.of("wang"), Optional.of(7L), (Change) value);
            CampaignCommand read = JSON.readCommand(JSON.writeCommand(command));
            if (!read.equals(command)) {
                failures.add(type.getName() + ": " + JSON.writeCommand(command));
            }
        }));
        assertThat(failures).isEmpty();
    }

    @Property(tries = 300)
    void readingWhatWasWrittenGivesTheSameCommand(@ForAll CampaignCommand command) {
        assertThat(JSON.readCommand(JSON.writeCommand(command))).isEqualTo(command);
        assertThat(JSON.readCommand(JSON.writeCommandBytes(command))).isEqualTo(command);
        assertThat(JSON.readCommand(new ByteArrayInputStream(JSON.writeCommandBytes(command)))).isEqualTo(command);
        String indented = PRETTY.writeCommand(command);
        assertThat(PRETTY.writeCommand(JSON.readCommand(indented))).isEqualTo(indented);
        byte[] once = JSON.writeCommandBytes(command);
        assertThat(JSON.writeCommandBytes(JSON.readCommand(once))).isEqualTo(once);
    }

    @Property(tries = 200)
    void readingWhatWasWrittenGivesTheSameEntry(@ForAll CampaignCommand command,
                                                @ForAll @IntRange(min = 1, max = 1_000_000) int revision) {
        JournalEntry entry = new JournalEntry(revision, Instant.parse("2024-06-18T02:00:00.123Z").plusSeconds(revision),
                command);
        assertThat(JSON.readEntry(JSON.writeEntry(entry))).isEqualTo(entry);
        assertThat(JSON.readEntry(JSON.writeEntryBytes(entry))).isEqualTo(entry);
        assertThat(JSON.writeEntry(entry)).startsWith("{\"schemaVersion\":" + CampaignJson.SCHEMA_VERSION
                + ",\"entry\":{\"revision\":" + revision + ",");
    }

    /**
     * The store's promise: a journal written as JSON Lines from a campaign's creation reads back
     * entry for entry, and replaying what was read onto the created campaign gives the campaign that
     * the commands made, equal and writing the same document.
     */
    @Property(tries = 40)
    void aJournalStoredAsJsonLinesRebuildsTheCampaign(@ForAll("fromCreation") CampaignArbitraries.Walk walk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeJournal(walk.journal(), out);
        String lines = out.toString(StandardCharsets.UTF_8);
        assertThat(lines.split("\n", -1)).hasSize(walk.journal().size() + 1);
        assertThat(lines).endsWith("\n");

        Journal read = JSON.readJournal(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read).isEqualTo(walk.journal());
        assertThat(JSON.readJournal(new StringReader(lines.replace("\n", "\r\n")))).isEqualTo(walk.journal());
        StringWriter writer = new StringWriter();
        PRETTY.writeJournal(read, writer);
        assertThat(writer.toString()).as("one line per entry, whatever the indentation").isEqualTo(lines);

        Campaign rebuilt = read.replayOnto(walk.start()).get();
        assertThat(rebuilt).isEqualTo(walk.end());
        assertThat(JSON.write(rebuilt)).isEqualTo(JSON.write(walk.end()));
    }

    @Provide
    Arbitrary<CampaignArbitraries.Walk> fromCreation() {
        return CampaignArbitraries.walksFromCreation();
    }

    @Property(tries = 30)
    void aJournalFromASnapshotStartsAtAnyRevision(@ForAll("fromCreation") CampaignArbitraries.Walk walk,
                                                  @ForAll @IntRange(min = 0, max = 100) int cut) {
        long snapshot = walk.journal().entries().get(Math.min(cut, walk.journal().size() - 1)).revision() - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeJournal(walk.journal().after(snapshot), out);
        Journal tail = JSON.readJournal(new ByteArrayInputStream(out.toByteArray()));
        assertThat(tail.entries()).isEqualTo(walk.journal().after(snapshot));
    }

    // ---- bad input ---------------------------------------------------------------------------

    private static CampaignCommand advance() {
        return CampaignCommand.advance(MemberId.of("wang")).basedOn(3);
    }

    @Example
    void aCommandIsWrittenWithItsClosedTypeName() {
        assertThat(JSON.writeCommand(advance())).isEqualTo("{\"schemaVersion\":" + CampaignJson.SCHEMA_VERSION
                + ",\"command\":{\"actor\":\"wang\",\"basedOnRevision\":3,\"change\":{\"type\":\"stage.advance\"}}}");
        assertThat(JSON.readCommand("{\"schemaVersion\":1,\"command\":{\"change\":{\"type\":\"stage.advance\"},"
                + "\"actor\":\"wang\"}}")).isEqualTo(CampaignCommand.advance(MemberId.of("wang")));
    }

    @Example
    void anUnknownChangeTypeIsRefusedAtItsPointer() {
        String json = JSON.writeCommand(advance()).replace("stage.advance", "stage.teleport");
        assertThatThrownBy(() -> JSON.readCommand(json)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.value.unknown-type");
            assertThat(e.pointer()).isEqualTo("/command/change/type");
            assertThat(e.message(Locale.ENGLISH)).contains("stage.teleport").doesNotContain("io.github");
        });
        String className = JSON.writeCommand(advance()).replace("stage.advance",
                "io.github.campaignkit.core.campaign.Transition$Advance");
        assertThatThrownBy(() -> JSON.readCommand(className)).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> assertThat(e.code()).isEqualTo("json.value.unknown-type"));
        String untyped = JSON.writeCommand(advance()).replace("\"type\":\"stage.advance\"", "");
        assertThatThrownBy(() -> JSON.readCommand(untyped)).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> assertThat(e.code()).isEqualTo("json.value.missing-type"));
    }

    @Example
    void aValueTheModelRefusesIsReportedInsideTheChange() {
        String done = JSON.writeCommand(CampaignCommand.by(MemberId.of("wang"),
                BoardChange.ChangeTaskStatus.of(TaskId.of("T1"), TaskStatus.DONE)));
        assertThatThrownBy(() -> JSON.readCommand(done.replace("\"T1\"", "\" T1\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/command/change/task");
                    assertThat(e.code()).isEqualTo("json.value.invalid");
                });
        assertThatThrownBy(() -> JSON.readCommand(done.replace("\"DONE\"", "\"FINISHED\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/command/change/status");
                    assertThat(e.code()).isEqualTo("json.value.unknown-name");
                });
        String hold = JSON.writeCommand(CampaignCommand.hold(MemberId.of("wang"), "供应商延期"));
        assertThatThrownBy(() -> JSON.readCommand(hold.replace("\"reason\"", "\"reasons\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.property.unknown");
                    assertThat(e.pointer()).isEqualTo("/command/change/reasons");
                });
        assertThatThrownBy(() -> JSON.readCommand(hold.replace("\"actor\":\"wang\",", "")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.property.missing");
                    assertThat(e.pointer()).isEqualTo("/command/actor");
                });
    }

    @Example
    void theEnvelopeSaysWhatItHolds() {
        assertThatThrownBy(() -> JSON.readCommand("{\"schemaVersion\":1}"))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.document.content-missing");
                    assertThat(e.message(Locale.ENGLISH)).contains("the document has no command");
                    assertThat(e.message(Locale.CHINESE)).contains("文档缺少 command");
                });
        String campaign = JSON.write(CampaignJsonTest.sample());
        assertThatThrownBy(() -> JSON.readCommand(campaign)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.property.unknown");
            assertThat(e.pointer()).isEqualTo("/campaign");
        });
        assertThatThrownBy(() -> JSON.readEntry(JSON.writeCommand(advance())))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/command"));
        assertThatThrownBy(() -> JSON.readCommand(JSON.writeCommand(advance()).replace("\"schemaVersion\":" + CampaignJson.SCHEMA_VERSION, "\"schemaVersion\":99")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.code()).isEqualTo("json.version.newer"));
    }

    @Example
    void aBrokenJournalLineIsNamedByItsLine() {
        List<JournalEntry> entries = List.of(new JournalEntry(4, Instant.parse("2024-06-18T02:00:00Z"), advance()),
                new JournalEntry(5, Instant.parse("2024-06-18T03:00:00Z"), CampaignCommand.resume(MemberId.of("li"))),
                new JournalEntry(6, Instant.parse("2024-06-18T04:00:00Z"), CampaignCommand.hold(MemberId.of("li"), "等待审批")));
        StringWriter out = new StringWriter();
        JSON.writeJournal(entries, out);
        String[] lines = out.toString().split("\n");
        assertThat(JSON.readJournal(new StringReader(String.join("\n", lines))).size()).as("last end optional").isEqualTo(3);

        String gap = lines[0] + "\n" + lines[2] + "\n";
        assertThatThrownBy(() -> JSON.readJournal(new StringReader(gap))).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.journal.revision-gap");
            assertThat(e.line()).hasValue(2);
            assertThat(e.pointer()).isEqualTo("/entry/revision");
            assertThat(e.message(Locale.ENGLISH)).contains("revision 6 does not follow revision 4");
            assertThat(e.message(Locale.CHINESE)).contains("第 6 版没有紧接上一行的第 4 版");
        });
        String broken = lines[0] + "\n" + lines[1] + "\n" + lines[2].replace("\"li\"", "\"\"") + "\n";
        assertThatThrownBy(() -> JSON.readJournal(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.pointer()).isEqualTo("/entry/command/actor");
                    assertThat(e.column()).isPresent();
                });
        String blank = lines[0] + "\n\n" + lines[1] + "\n";
        assertThatThrownBy(() -> JSON.readJournal(new StringReader(blank))).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.syntax.empty");
            assertThat(e.line()).hasValue(2);
        });
        byte[] notUtf8 = (lines[0] + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = java.util.Arrays.copyOf(notUtf8, notUtf8.length + 3);
        withBadByte[notUtf8.length] = (byte) 0xff;
        withBadByte[notUtf8.length + 1] = '{';
        withBadByte[notUtf8.length + 2] = '\n';
        assertThatThrownBy(() -> JSON.readJournal(new ByteArrayInputStream(withBadByte)))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.syntax.invalid-encoding");
                    assertThat(e.line()).hasValue(2);
                });
        CampaignJson small = JSON.toBuilder().maxDocumentLength(lines[0].length() + 10).build();
        String longLine = lines[0] + "\n" + lines[0].replace("\"wang\"", "\"" + "王".repeat(200) + "\"") + "\n";
        assertThatThrownBy(() -> small.readJournal(new StringReader(longLine))).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.limit.document-length");
            assertThat(e.line()).hasValue(2);
        });
    }

    @Example
    void anEmptyStreamIsAnEmptyJournal() {
        assertThat(JSON.readJournal(new StringReader("")).isEmpty()).isTrue();
        StringWriter out = new StringWriter();
        JSON.writeJournal(Journal.empty(), out);
        assertThat(out.toString()).isEmpty();
    }
}
