package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.JournalEntry;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The JSON Schema of campaign documents: generated from the model, checked in, valid draft 2020-12,
 * and satisfied by every document the library writes; and every type of campaign-core has JSON
 * coverage.
 *
 * <p>When the model changes, this test fails until the checked-in schema is regenerated, from the
 * repository root:
 * <pre>
 * mvn -B -o -q -pl campaign-json -am test -Dtest=CampaignJsonSchemaTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcampaignkit.schema.update=true
 * </pre>
 * which rewrites {@code campaign-json/src/main/resources/io/github/campaignkit/json/campaign-document.schema.json}
 * (and the command and journal-entry schemas beside it) and checks the other properties against the new schema in the same run; review the diff and
 * commit it with the model change.
 */
class CampaignJsonSchemaTest {

    static final String RESOURCE = "src/main/resources/io/github/campaignkit/json/campaign-document.schema.json";
    static final String COMMAND_RESOURCE = "src/main/resources/io/github/campaignkit/json/campaign-command.schema.json";
    static final String ENTRY_RESOURCE = "src/main/resources/io/github/campaignkit/json/journal-entry.schema.json";

    /** Enum constants the model never stores in a campaign, each with the reason. */
    static final Map<Object, String> NEVER_STORED = Map.of(
            io.github.campaignkit.core.kpi.AlertStatus.NORMAL, "an alert is WARNING or CRITICAL; NORMAL is only computed");

    private static final SchemaGenerator.Result GENERATED = SchemaGenerator.generate(new CampaignJsonModule(),
            Campaign.class, CampaignJson.SCHEMA_VERSION);
    private static final SchemaGenerator.Result GENERATED_COMMAND = SchemaGenerator.generate(new CampaignJsonModule(),
            CampaignCommand.class, CampaignJson.SCHEMA_VERSION, Payload.COMMAND, "campaignkit command");
    private static final SchemaGenerator.Result GENERATED_ENTRY = SchemaGenerator.generate(new CampaignJsonModule(),
            JournalEntry.class, CampaignJson.SCHEMA_VERSION, Payload.ENTRY, "campaignkit journal entry");
    private static final boolean UPDATING = Boolean.getBoolean("campaignkit.schema.update");
    private static final Schema SCHEMA = compiled(checkedIn());
    private static final Schema COMMAND_SCHEMA = compiled(UPDATING ? GENERATED_COMMAND.text() : CampaignJson.commandSchema());
    private static final Schema ENTRY_SCHEMA = compiled(UPDATING ? GENERATED_ENTRY.text() : CampaignJson.journalEntrySchema());

    private static Schema compiled(String text) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    /** The checked-in schema; while it is being regenerated, the one that replaces it. */
    private static String checkedIn() {
        return UPDATING ? GENERATED.text() : CampaignJson.schema();
    }

    @Example
    void theCheckedInCommandAndEntrySchemasAreTheOnesTheModelGenerates() throws IOException {
        if (UPDATING) {
            Files.writeString(Path.of(COMMAND_RESOURCE), GENERATED_COMMAND.text(), StandardCharsets.UTF_8);
            Files.writeString(Path.of(ENTRY_RESOURCE), GENERATED_ENTRY.text(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(CampaignJson.commandSchema()).as("regenerate as CampaignJsonSchemaTest's documentation says")
                .isEqualTo(GENERATED_COMMAND.text());
        assertThat(CampaignJson.journalEntrySchema()).as("regenerate as CampaignJsonSchemaTest's documentation says")
                .isEqualTo(GENERATED_ENTRY.text());
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SchemaGenerator.DIALECT));
        assertThat(meta.validate(CampaignJson.commandSchema(), InputFormat.JSON)).isEmpty();
        assertThat(meta.validate(CampaignJson.journalEntrySchema(), InputFormat.JSON)).isEmpty();
        assertThat(CampaignJson.commandSchema()).contains("\"const\" : \"kpi.record-observations\"",
                "\"const\" : \"stage.advance\"");
    }

    @Property(tries = 200)
    void everyWrittenCommandAndEntrySatisfiesItsSchema(@ForAll CampaignCommand command) {
        assertThat(COMMAND_SCHEMA.validate(CampaignJson.standard().writeCommand(command), InputFormat.JSON)).isEmpty();
        JournalEntry entry = new JournalEntry(12, java.time.Instant.parse("2024-06-18T02:00:00Z"), command);
        assertThat(ENTRY_SCHEMA.validate(CampaignJson.standard().writeEntry(entry), InputFormat.JSON)).isEmpty();
        String unknownType = CampaignJson.standard().writeCommand(command).replaceFirst("\"type\":\"[a-z.-]+\"",
                "\"type\":\"stage.teleport\"");
        assertThat(COMMAND_SCHEMA.validate(unknownType, InputFormat.JSON)).isNotEmpty();
    }

    @Example
    void everyChangeTypeIsDescribedByTheCommandSchema() {
        Set<Class<?>> described = GENERATED_COMMAND.types();
        new CampaignJsonModule().sealedNames(io.github.campaignkit.core.rule.Change.class).orElseThrow().values()
                .forEach(type -> assertThat(described).as(type.getName()).contains(type));
    }

    @Example
    void theCheckedInSchemaIsTheOneTheModelGenerates() throws IOException {
        String generated = GENERATED.text();
        if (UPDATING) {
            Files.writeString(Path.of(RESOURCE), generated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(CampaignJson.schema())
                .as("the checked-in schema differs from the model's; regenerate it as CampaignJsonSchemaTest's "
                        + "documentation says, review the diff and commit it")
                .isEqualTo(generated);
    }

    @Example
    void theSchemaIsValidDraft202012() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SchemaGenerator.DIALECT));
        assertThat(meta.validate(checkedIn(), InputFormat.JSON)).isEmpty();
        assertThat(checkedIn()).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"",
                "\"campaign.Campaign\"", "\"const\" : 2");
    }

    @Property(tries = 300)
    void everyWrittenDocumentSatisfiesTheSchema(@ForAll("campaigns") Campaign campaign) {
        List<Error> errors = SCHEMA.validate(CampaignJson.standard().write(campaign), InputFormat.JSON);
        assertThat(errors).isEmpty();
        assertThat(SCHEMA.validate(CampaignJson.standard().withIndentation(true).write(campaign), InputFormat.JSON))
                .isEmpty();
    }

    @Example
    void theSchemaRefusesWhatTheReaderRefuses() {
        String json = CampaignJson.standard().write(CampaignJsonTest.sample());
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        for (String broken : List.of(
                json.replace("\"theme\":", "\"colour\":\"red\",\"theme\":"),
                json.replace("\"name\":\"品牌618促销活动\",", ""),
                json.replace("\"stage\":\"PREPARATION\"", "\"stage\":\"DONE\""),
                json.replace("\"revision\":1", "\"revision\":\"1\""),
                json.replace("\"id\":\"2024-618\"", "\"id\":\" x\""),
                json.replace("\"schemaVersion\":2", "\"schemaVersion\":3"),
                json.replace("\"slogan\":\"爆款直降🔥\"", "\"slogan\":null"))) {
            assertThat(SCHEMA.validate(broken, InputFormat.JSON)).as(broken).isNotEmpty();
        }
    }

    /**
     * Found independently of the schema generator, by walking the record components and the
     * permitted subtypes of sealed interfaces from {@link Campaign}: every public record, enum and
     * sealed interface of campaign-core a campaign can hold is described by the generated schema,
     * and every sealed interface has its closed names in the module. With
     * {@link #generatedCampaignsHoldEveryTypeTheDocumentsDescribe()} (every described type occurs
     * in the generated campaigns that the round-trip properties write and read), a part added to
     * Campaign without JSON coverage fails here.
     */
    @Example
    void everyTypeReachableFromCampaignIsDescribedAndNamed() {
        Set<Class<?>> reachable = reachableFrom(Campaign.class);
        CampaignJsonModule module = new CampaignJsonModule();
        Set<String> undescribed = new TreeSet<>();
        Set<String> unnamed = new TreeSet<>();
        for (Class<?> type : reachable) {
            if (!GENERATED.types().contains(type)) {
                undescribed.add(type.getName());
            }
            if (type.isSealed() && module.sealedNames(type).isEmpty()) {
                unnamed.add(type.getName());
            }
        }
        assertThat(reachable).as("the walk reaches every part").contains(Campaign.class,
                io.github.campaignkit.core.budget.Money.class, io.github.campaignkit.core.kpi.Observation.class,
                io.github.campaignkit.core.schedule.Schedule.class, io.github.campaignkit.core.risk.Trigger.class);
        assertThat(undescribed).as("types a campaign holds that the generated schema does not describe: "
                + "describe them (CampaignJsonModule) and regenerate the schema").isEmpty();
        assertThat(unnamed).as("sealed types a campaign holds without closed JSON names: register them in "
                + "CampaignJsonModule with sealed(...)").isEmpty();
    }

    /** The types of campaign-core reachable from a root through record components and sealed subtypes. */
    static Set<Class<?>> reachableFrom(Class<?> root) {
        Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<java.lang.reflect.Type> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            java.lang.reflect.Type type = todo.pop();
            if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
                todo.push(parameterized.getRawType());
                for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                    todo.push(argument);
                }
                continue;
            }
            if (!(type instanceof Class<?> c) || !c.getName().startsWith("io.github.campaignkit.core.")
                    || !seen.add(c)) {
                continue;
            }
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    todo.push(component.getGenericType());
                }
            }
            if (c.isSealed()) {
                todo.addAll(List.of(c.getPermittedSubclasses()));
            }
        }
        return seen;
    }

    @Example
    void generatedCampaignsHoldEveryTypeTheDocumentsDescribe() {
        Set<Class<?>> seen = new HashSet<>();
        Set<Object> constants = new HashSet<>();
        Documents.campaigns().sampleStream().limit(600).forEach(c -> walk(c, seen, constants));
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : GENERATED.types()) {
            if (type.isRecord() && !seen.contains(type)) {
                missing.add(type.getName());
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (!constants.contains(constant) && !NEVER_STORED.containsKey(constant)) {
                        missing.add(type.getName() + "." + constant);
                    }
                }
            }
        }
        assertThat(missing).as("types and constants a campaign document can hold that 600 generated campaigns "
                + "never held: extend the test kit (CampaignArbitraries, or Documents) so that the round-trip properties cover them").isEmpty();
    }

    /** Collects the record classes and enum constants in a value, through records, optionals and collections. */
    private static void walk(Object value, Set<Class<?>> seen, Set<Object> constants) {
        if (value == null) {
            return;
        }
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(v, seen, constants));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> walk(v, seen, constants));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                walk(k, seen, constants);
                walk(v, seen, constants);
            });
        } else if (value instanceof Enum<?>) {
            constants.add(value);
        } else if (value.getClass().isRecord()) {
            seen.add(value.getClass());
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(value), seen, constants);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return Documents.campaigns();
    }
}
