package io.github.campaignkit.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.Pricing;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.ObjectiveId;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.AlertCondition;
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Pace;
import io.github.campaignkit.core.review.ActionId;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.review.ProblemId;
import io.github.campaignkit.core.risk.Band;
import io.github.campaignkit.core.risk.Evidence;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.ScoringModel;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerPeriod;
import io.github.campaignkit.core.supply.MaterialId;
import io.github.campaignkit.core.supply.NeedId;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.json.Messages.Phrase;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdScalarSerializer;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * The Jackson 3 module for campaignkit's types. Records are read and written by Jackson directly,
 * by their components; this module adds what records cannot say:
 * <ul>
 *   <li>identifiers ({@code CampaignId}, {@code MemberId}, …) as plain strings, also as map keys;</li>
 *   <li>{@code LocalDate} and {@code Instant} as ISO-8601 strings, read strictly (no numbers, no
 *       other forms);</li>
 *   <li>sealed interfaces with a {@code "type"} property holding a closed, stable, lower-case name
 *       per subtype (never a class name, never default typing; a subtype without a name fails the
 *       module's construction, so a new subtype cannot be forgotten);</li>
 *   <li>campaignkit's records are read in one pass by their components: every component that is
 *       not an {@code Optional} is required (a document that leaves one out is refused, rather than
 *       read as 0 or null), a component given twice is refused, and so is a map key given twice;</li>
 *   <li>every {@code BigDecimal} read is bounded in scale and precision (by default
 *       {@value #DEFAULT_MAX_DECIMAL_SCALE} and {@value #DEFAULT_MAX_DECIMAL_PRECISION}), so that a
 *       number such as {@code 1e-100000000} cannot make later arithmetic run for hours.</li>
 * </ul>
 *
 * <p>Register it on an application's own mapper with {@code JsonMapper.builder().addModule(new
 * CampaignJsonModule())}; it is also found by {@code findAndAddModules()} through the
 * ServiceLoader. {@link CampaignJson} registers it for you, together with the strict settings the
 * documents need (unknown properties, duplicate keys and coercions refused, empty optionals left
 * out); a mapper of your own has whatever settings you give it.
 *
 * <p>For maintainers: a new type that records cannot describe is added here, once, and nowhere
 * else. An identifier takes one {@code identifier(...)} line, a sealed interface one
 * {@code sealed(...)} call; a type given a form of its own (Money as
 * {@code {"amount": "12.50", "currency": "CNY"}}) takes {@code addSerializer} and
 * {@code addDeserializer} (the record reader then leaves it alone, as it leaves a record with a
 * mix-in) and {@code schema(...)}, which the schema test demands; a decimal written as a string is
 * parsed with {@code decimal(...)} so that it is bounded like every other.
 */
public final class CampaignJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The default bound on the magnitude of a decimal's scale: {@code 1e-20} is the smallest step, {@code 1E+20} the largest. */
    public static final int DEFAULT_MAX_DECIMAL_SCALE = 20;
    /** The default bound on a decimal's number of significant digits. */
    public static final int DEFAULT_MAX_DECIMAL_PRECISION = 40;

    /** The property that names the subtype of a sealed interface. */
    static final String TYPE_PROPERTY = "type";

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern CHANGE_NAME = Pattern.compile("[a-z]+\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int maxDecimalScale;
    private final int maxDecimalPrecision;
    private final transient Map<Class<?>, ObjectNode> schemas = new LinkedHashMap<>();
    private final transient Map<Class<?>, String> shapes = new LinkedHashMap<>();
    private final transient Map<Class<?>, Map<String, Class<?>>> sealedTypes = new LinkedHashMap<>();
    private final transient Set<Class<?>> ownSerializers = new HashSet<>();
    private final transient Set<Class<?>> ownDeserializers = new HashSet<>();

    /** Creates the module with the default decimal bounds. */
    public CampaignJsonModule() {
        this(DEFAULT_MAX_DECIMAL_SCALE, DEFAULT_MAX_DECIMAL_PRECISION);
    }

    /**
     * Creates the module with the given decimal bounds.
     *
     * @param maxDecimalScale     the largest magnitude of a decimal's scale accepted, at least 0
     * @param maxDecimalPrecision the most significant digits a decimal may have, at least 1
     * @throws IllegalArgumentException if a bound is out of range
     */
    public CampaignJsonModule(int maxDecimalScale, int maxDecimalPrecision) {
        super("campaignkit", Version.unknownVersion());
        if (maxDecimalScale < 0) {
            throw new IllegalArgumentException("maxDecimalScale: must not be negative: " + maxDecimalScale);
        }
        if (maxDecimalPrecision < 1) {
            throw new IllegalArgumentException("maxDecimalPrecision: must be at least 1: " + maxDecimalPrecision);
        }
        this.maxDecimalScale = maxDecimalScale;
        this.maxDecimalPrecision = maxDecimalPrecision;

        addDeserializer(BigDecimal.class, new DecimalDeserializer());
        addSerializer(BigDecimal.class, new DecimalSerializer());
        schema(BigDecimal.class, string().put("pattern", DECIMAL));
        shapes.put(BigDecimal.class, "shape.decimal");

        scalar(LocalDate.class, LocalDate::toString, IsoTimes::date,
                string().put("format", "date"), "shape.date");
        scalar(Instant.class, Instant::toString, IsoTimes::instant,
                string().put("format", "date-time"), "shape.instant");
        scalar(LocalTime.class, LocalTime::toString, LocalTime::parse, string().put("pattern",
                "^[0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?$"), "shape.time");
        scalar(Currency.class, Currency::getCurrencyCode, Currency::getInstance,
                string().put("pattern", "^[A-Z]{3}$"), "shape.currency");
        scalar(Duration.class, Duration::toString, Duration::parse, string().put("pattern",
                "^P(?:[0-9]+D)?(?:T(?:-?[0-9]+H)?(?:-?[0-9]+M)?(?:-?[0-9]+(?:\\.[0-9]+)?S)?)?$"), "shape.duration");

        identifier(CampaignId.class, CampaignId::value, CampaignId::of);
        identifier(MemberId.class, MemberId::value, MemberId::of);
        identifier(Department.class, Department::name, Department::of);
        identifier(TaskId.class, TaskId::value, TaskId::of);
        identifier(MetricId.class, MetricId::value, MetricId::of);
        budget();
        team();
        goals();
        kpi();
        risks();
        supply();
        review();
        ChangeNames.register(this);
    }

    /** Supply: supplier, need and material identifiers as strings. */
    private void supply() {
        identifier(SupplierId.class, SupplierId::value, SupplierId::of);
        identifier(NeedId.class, NeedId::value, NeedId::of);
        identifier(MaterialId.class, MaterialId::value, MaterialId::of);
    }

    /** The review: problem and action identifiers as strings. */
    private void review() {
        identifier(ProblemId.class, ProblemId::value, ProblemId::of);
        identifier(ActionId.class, ActionId::value, ActionId::of);
    }

    /** The budget: line and partner identifiers, Money and unit prices, how a line is priced. */
    private void budget() {
        identifier(BudgetLineId.class, BudgetLineId::value, BudgetLineId::of);
        identifier(PartnerId.class, PartnerId::value, PartnerId::of);
        amountInCurrency(Money.class, Money::amount, Money::currency, Money::of);
        amountInCurrency(UnitPrice.class, UnitPrice::amount, UnitPrice::currency, UnitPrice::of);
        sealed(Pricing.class, Map.entry("per-unit", Pricing.PerUnit.class), Map.entry("fixed", Pricing.Fixed.class));
    }

    /** The team, the board and tracking: module and issue identifiers. */
    private void team() {
        identifier(ModuleId.class, ModuleId::value, ModuleId::of);
        identifier(IssueId.class, IssueId::value, IssueId::of);
    }

    /** The goal sheet: goal and objective identifiers, targets by closed names. */
    private void goals() {
        identifier(GoalId.class, GoalId::value, GoalId::of);
        identifier(ObjectiveId.class, ObjectiveId::value, ObjectiveId::of);
        sealed(Target.class, Map.entry("at-least", Target.AtLeast.class), Map.entry("at-most", Target.AtMost.class),
                Map.entry("between", Target.Between.class), Map.entry("uplift", Target.Uplift.class));
    }

    /** KPI tracking: channels as strings, cadences, paces and alert conditions by closed names. */
    private void kpi() {
        identifier(Channel.class, Channel::name, Channel::of);
        sealed(Cadence.class, Map.entry("daily", Cadence.Daily.class), Map.entry("weekly", Cadence.Weekly.class),
                Map.entry("monthly", Cadence.Monthly.class));
        sealed(Pace.class, Map.entry("linear", Pace.Linear.class), Map.entry("by-phase", Pace.PhaseWeighted.class));
        sealed(AlertCondition.class, Map.entry("below-target", AlertCondition.BelowTarget.class),
                Map.entry("below-pace", AlertCondition.BelowPace.class),
                Map.entry("rate-below", AlertCondition.RateBelow.class), Map.entry("all-of", AlertCondition.AllOf.class));
    }

    /** The risk register: its identifiers as strings, its sealed types by closed names. */
    private void risks() {
        identifier(RiskId.class, RiskId::value, RiskId::of);
        identifier(Rating.class, Rating::value, Rating::of);
        identifier(Indicator.class, Indicator::value, Indicator::of);
        sealed(ScoringModel.class, Map.entry("product", ScoringModel.Product.class),
                Map.entry("sum", ScoringModel.Sum.class), Map.entry("weighted", ScoringModel.Weighted.class),
                Map.entry("table", ScoringModel.Table.class));
        sealed(Band.class, Map.entry("scores", Band.Scores.class), Map.entry("cells", Band.Cells.class));
        sealed(TriggerPeriod.class, Map.entry("on-date", TriggerPeriod.OnDate.class), Map.entry("phase-day", TriggerPeriod.PhaseDay.class),
                Map.entry("in-phase", TriggerPeriod.InPhase.class), Map.entry("between", TriggerPeriod.Between.class));
        sealed(Trigger.class, Map.entry("metric", Trigger.MetricThreshold.class),
                Map.entry("task-overdue", Trigger.TaskOverdue.class),
                Map.entry("material-overdue", Trigger.MaterialOverdue.class),
                Map.entry("reading", Trigger.ReadingThreshold.class), Map.entry("all-of", Trigger.AllOf.class),
                Map.entry("any-of", Trigger.AnyOf.class));
        sealed(Evidence.class, Map.entry("metric-observed", Evidence.MetricObserved.class),
                Map.entry("task-not-done", Evidence.TaskNotDone.class),
                Map.entry("material-not-delivered", Evidence.MaterialNotDelivered.class),
                Map.entry("reading-recorded", Evidence.ReadingRecorded.class));
    }

    /** A plain decimal as money amounts are written: optional minus, digits, optional fraction. */
    static final String PLAIN_DECIMAL = "^-?[0-9]+(?:\\.[0-9]+)?$";
    /** A decimal as {@link BigDecimal}s are written: plain, or with an exponent when its scale is negative. */
    static final String DECIMAL = "^-?[0-9]+(?:\\.[0-9]+)?(?:[Ee][+-]?[0-9]+)?$";

    /** A text read and the value it gave. */
    private record Last<T>(String text, T value) {
    }

    /**
     * An amount with its currency, written {@code {"amount": "12.50", "currency": "CNY"}}: the amount
     * a plain decimal string with the value's own scale, the currency its ISO 4217 code. Reading
     * refuses a number (which would lose the scale), an exponent, a missing or unknown part; the
     * value's factory refuses an amount too precise for its currency, reported at the amount.
     */
    <T> void amountInCurrency(Class<T> type, Function<T, BigDecimal> amount, Function<T, Currency> currency,
                              BiFunction<BigDecimal, Currency, T> read) {
        addSerializer(type, new StdScalarSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeStartObject();
                gen.writeStringProperty("amount", amount.apply(value).toPlainString());
                gen.writeStringProperty("currency", currency.apply(value).getCurrencyCode());
                gen.writeEndObject();
            }
        });
        addDeserializer(type, new AmountDeserializer<>(type, read, amount));
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.set("amount", string().put("pattern", PLAIN_DECIMAL));
        properties.set("currency", string().put("pattern", "^[A-Z]{3}$"));
        schema.putArray("required").add("amount").add("currency");
        schema.put("additionalProperties", false);
        schema(type, schema);
    }

    /**
     * The bound on the magnitude of a decimal's scale.
     *
     * @return the bound
     */
    public int maxDecimalScale() {
        return maxDecimalScale;
    }

    /**
     * The bound on a decimal's number of significant digits.
     *
     * @return the bound
     */
    public int maxDecimalPrecision() {
        return maxDecimalPrecision;
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new OwnDeserializers());
        context.addSerializerModifier(new SortedSets());
    }

    /**
     * Records that the type has a serializer of its own, so that the schema generator asks for its
     * description.
     */
    @Override
    public <T> SimpleModule addSerializer(Class<? extends T> type, ValueSerializer<T> serializer) {
        ownSerializers.add(type);
        return super.addSerializer(type, serializer);
    }

    /** Records that the type has a deserializer of its own, which the record reader leaves alone. */
    @Override
    public <T> SimpleModule addDeserializer(Class<T> type, ValueDeserializer<? extends T> deserializer) {
        ownDeserializers.add(type);
        return super.addDeserializer(type, deserializer);
    }

    // ---- registrations ------------------------------------------------------------------------

    /**
     * An identifier record written as its plain string value, as a value and as a map key. The
     * identifier's constructor checks the value (blank, too long, padded: see
     * {@code Checks.id}); its refusal is reported with its message.
     */
    <T> void identifier(Class<T> type, Function<T, String> write, Function<String, T> read) {
        scalar(type, write, read, string().put("minLength", 1).put("maxLength", 128)
                .put("pattern", "^\\S(?:.*\\S)?$"), "shape.string", false);
        addKeySerializer(type, new StdScalarSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeName(write.apply(value));
            }
        });
        addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                T value = parse(read, key, "shape.string");
                String canonical = write.apply(value);
                if (!canonical.equals(key)) {
                    throw new InvalidValue(Fault.NON_CANONICAL, Messages.quote(key), Messages.quote(canonical));
                }
                return value;
            }
        });
    }

    /**
     * A type written as a JSON string: {@code write} gives the text, {@code read} parses it back
     * (an IllegalArgumentException is the model refusing the value, any other failure a text of the
     * wrong form). {@code schema} describes the string, {@code shapeKey} names it in messages.
     */
    <T> void scalar(Class<T> type, Function<T, String> write, Function<String, T> read, ObjectNode schema,
                    String shapeKey) {
        scalar(type, write, read, schema, shapeKey, true);
    }

    /**
     * As {@link #scalar(Class, Function, Function, ObjectNode, String)}; {@code formatted} says that
     * {@code write} builds its text (a date, an instant), so that the last value written and its text
     * are kept: documents repeat dates, and a repeat then costs an {@code equals}, not a format.
     * Identifiers, whose text is a field, pass false.
     */
    private <T> void scalar(Class<T> type, Function<T, String> write, Function<String, T> read, ObjectNode schema,
                            String shapeKey, boolean formatted) {
        addSerializer(type, formatted ? new StdScalarSerializer<T>(type) {
            /** The last value written and its text; racy on purpose, as the reader's twin. */
            private transient Last<T> last;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                Last<T> seen = last;
                if (seen != null && seen.value().equals(value)) {
                    gen.writeString(seen.text());
                    return;
                }
                String text = write.apply(value);
                last = new Last<>(text, value);
                gen.writeString(text);
            }
        } : new StdScalarSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(write.apply(value));
            }
        });
        addDeserializer(type, new StdScalarDeserializer<T>(type) {
            /**
             * The last text read and its value: documents repeat identifiers and dates (a metric
             * and a channel on every observation), and a repeat then costs a comparison, not a
             * parse and the model's checks. Racy on purpose: the pair is immutable, so a thread
             * sees some pair that is right, or none.
             */
            private transient Last<T> last;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw new InvalidValue(Fault.WRONG_TYPE, Phrase.of(shapeKey), Shapes.found(p.currentToken()));
                }
                String text = p.getString();
                Last<T> seen = last;
                if (seen != null && seen.text().equals(text)) {
                    return seen.value();
                }
                T value = parse(read, text, shapeKey);
                String canonical = write.apply(value);
                if (!canonical.equals(text)) {
                    throw new InvalidValue(Fault.NON_CANONICAL, Messages.quote(text), Messages.quote(canonical));
                }
                last = new Last<>(text, value);
                return value;
            }
        });
        schema(type, schema);
        shapes.put(type, shapeKey);
    }

    private static <T> T parse(Function<String, T> read, String text, String shapeKey) {
        try {
            return read.apply(text);
        } catch (DateTimeException e) {
            throw new InvalidValue(Fault.INVALID_FORMAT, Messages.quote(text), Phrase.of(shapeKey));
        } catch (IllegalArgumentException e) {
            throw InvalidValue.refusedBy(e);
        } catch (RuntimeException e) {
            throw new InvalidValue(Fault.INVALID_FORMAT, Messages.quote(text), Phrase.of(shapeKey));
        }
    }

    /**
     * Writes and reads a sealed interface with a {@code "type"} property naming the subtype. Every
     * permitted subclass must have a name: lower-case words joined by hyphens, unique.
     */
    @SafeVarargs
    final <T> void sealed(Class<T> base, Map.Entry<String, Class<? extends T>>... names) {
        if (!base.isSealed()) {
            throw new IllegalArgumentException("base: not a sealed type: " + base.getName());
        }
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Class<? extends T>> entry : names) {
            if (!TYPE_NAME.matcher(entry.getKey()).matches()) {
                throw new IllegalArgumentException("names: not lower-case words joined by hyphens: " + entry.getKey());
            }
            if (byName.containsValue(entry.getValue()) || byName.put(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalArgumentException("names: named twice: " + entry.getKey() + " " + entry.getValue());
            }
            registerSubtypes(new NamedType(entry.getValue(), entry.getKey()));
        }
        for (Class<?> permitted : base.getPermittedSubclasses()) {
            if (!byName.containsValue(permitted)) {
                throw new IllegalStateException("no JSON name for " + permitted.getName() + ", a subtype of "
                        + base.getName());
            }
        }
        sealedTypes.put(base, Collections.unmodifiableMap(byName));
        setMixInAnnotation(base, TypedByName.class);
    }

    /**
     * Writes and reads one part's family of changes, the payload of a command, with a {@code "type"}
     * property holding {@code part.kind} ({@code kpi.record-observations}). {@code Change} itself is
     * open (each part declares its family in its own package), so the names of every family are
     * collected under it; every permitted subclass of the family must have a name, unique across
     * families.
     */
    final void changes(String part, Class<?> family, Map<String, Class<?>> kinds) {
        if (!family.isSealed() || !Change.class.isAssignableFrom(family)) {
            throw new IllegalArgumentException("family: not a sealed family of changes: " + family.getName());
        }
        Map<String, Class<?>> byName = new java.util.TreeMap<>(sealedTypes.getOrDefault(Change.class, Map.of()));
        for (Map.Entry<String, Class<?>> kind : new java.util.TreeMap<>(kinds).entrySet()) {
            String name = part + "." + kind.getKey();
            if (!CHANGE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("kinds: not part.kind in lower-case words joined by hyphens: " + name);
            }
            if (!family.isAssignableFrom(kind.getValue()) || byName.containsValue(kind.getValue())
                    || byName.put(name, kind.getValue()) != null) {
                throw new IllegalArgumentException("kinds: named twice or not of the family: " + name);
            }
            registerSubtypes(new NamedType(kind.getValue(), name));
        }
        for (Class<?> permitted : family.getPermittedSubclasses()) {
            if (!kinds.containsValue(permitted)) {
                throw new IllegalStateException("no JSON name for " + permitted.getName() + ", a change of "
                        + family.getName());
            }
        }
        sealedTypes.put(Change.class, Collections.unmodifiableMap(new LinkedHashMap<>(byName)));
        setMixInAnnotation(Change.class, TypedByName.class);
    }

    /**
     * Describes, for the JSON Schema, a type this module writes in a form of its own (through
     * {@code addSerializer}), for example Money as
     * {@code {"amount": "12.50", "currency": "CNY"}}.
     */
    void schema(Class<?> type, ObjectNode schema) {
        schemas.put(type, schema.deepCopy());
    }

    /**
     * A decimal written as a string (an amount of money), parsed and bounded like every decimal the
     * module reads.
     *
     * @throws IllegalArgumentException (the module's own) if the text is not a decimal or out of bounds
     */
    BigDecimal decimal(String text) {
        if (!DecimalText.isDecimal(text, true)) {
            throw new InvalidValue(Fault.INVALID_FORMAT, Messages.quote(text), Phrase.of("shape.decimal"));
        }
        // Bounded before BigDecimal parses the digits, which takes time growing with their square.
        DecimalText.bound(text, maxDecimalScale, maxDecimalPrecision);
        return bounded(new BigDecimal(text));
    }


    /** The decimal if it is within the bounds; refused otherwise. */
    BigDecimal bounded(BigDecimal value) {
        if (Math.abs((long) value.scale()) > maxDecimalScale) {
            throw new InvalidValue(Fault.DECIMAL_SCALE, String.valueOf(value.scale()), String.valueOf(maxDecimalScale));
        }
        if (value.precision() > maxDecimalPrecision) {
            throw new InvalidValue(Fault.DECIMAL_PRECISION, String.valueOf(value.precision()),
                    String.valueOf(maxDecimalPrecision));
        }
        return value;
    }

    /**
     * Whether a record's list component is one the model keeps sorted and without repeats (a
     * calendar's holidays and make-up days): read like a set, so that what is accepted is what is
     * written back.
     */
    static boolean keptInOrder(Class<?> record, String component) {
        return record == io.github.campaignkit.core.schedule.WorkingCalendar.class
                && (component.equals("holidays") || component.equals("extraWorkingDays"));
    }

    /**
     * A set's elements in the order documents list them: their natural order (identifiers, enums,
     * dates), or the order of their text. Set.copyOf iterates differently per JVM run, so without
     * an order of its own a set would not write the same bytes twice.
     */
    static java.util.List<Object> inWrittenOrder(java.util.Collection<?> set) {
        java.util.List<Object> elements = new java.util.ArrayList<>(set);
        try {
            elements.sort(null);
        } catch (ClassCastException | NullPointerException e) {
            elements.sort(java.util.Comparator.comparing(String::valueOf));
        }
        return elements;
    }

    /** A fresh schema of a JSON string. */
    static ObjectNode string() {
        return NODES.objectNode().put("type", "string");
    }

    // ---- what the schema generator and the messages read -------------------------------------

    /** The schema of a type this module writes itself, if it does. */
    Optional<ObjectNode> schemaOf(Class<?> type) {
        ObjectNode schema = schemas.get(type);
        return schema == null ? Optional.empty() : Optional.of(schema.deepCopy());
    }

    /** Whether the module writes the type with a serializer of its own. */
    boolean writesItself(Class<?> type) {
        return ownSerializers.contains(type);
    }

    /** The message key naming the shape of a scalar type of this module. */
    Optional<String> shapeKey(Class<?> type) {
        return Optional.ofNullable(shapes.get(type));
    }

    /** The subtype names of a sealed interface registered with this module, or of {@code Change}. */
    Optional<Map<String, Class<?>>> sealedNames(Class<?> base) {
        return Optional.ofNullable(sealedTypes.get(base));
    }

    /** The name of a subtype of a registered sealed interface. */
    Optional<String> sealedName(Class<?> subtype) {
        for (Map<String, Class<?>> names : sealedTypes.values()) {
            for (Map.Entry<String, Class<?>> entry : names.entrySet()) {
                if (entry.getValue() == subtype) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    // ---- the pieces ---------------------------------------------------------------------------

    /** The mix-in that makes a sealed interface carry its subtype's name. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_PROPERTY)
    private abstract static class TypedByName {
    }

    /**
     * Reads decimals, bounded: a string in the form they are written ({@code "12.50"}, {@code "2E+1"}),
     * or a whole JSON number. A JSON number with a fraction or an exponent is refused with a message
     * that asks for a string: the scale a document means is the scale it writes.
     */
    private final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        private static final long serialVersionUID = 1L;

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getString();
                BigDecimal value = decimal(text);
                String canonical = DecimalSerializer.text(value);
                if (!canonical.equals(text)) {
                    throw new InvalidValue(Fault.NON_CANONICAL, Messages.quote(text), Messages.quote(canonical));
                }
                return value;
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                throw new InvalidValue(Fault.DECIMAL_AS_NUMBER, p.getString());
            }
            throw new InvalidValue(Fault.WRONG_TYPE, Phrase.of("shape.decimal"), Shapes.found(token));
        }
    }

    /** Writes decimals as strings with their own scale: {@code "12.50"}, {@code "60"}, {@code "2E+1"}. */
    private static final class DecimalSerializer extends StdScalarSerializer<BigDecimal> {

        private static final long serialVersionUID = 1L;

        DecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(text(value));
        }

        /** The text a decimal is written as: plain, or with an exponent when its scale is negative. */
        static String text(BigDecimal value) {
            return value.scale() < 0 ? value.toString() : value.toPlainString();
        }
    }

    /** Reads {@code {"amount": "12.50", "currency": "CNY"}} into Money or a unit price, in one pass. */
    private final class AmountDeserializer<T> extends StdScalarDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final transient BiFunction<BigDecimal, Currency, T> read;
        private final transient Function<T, BigDecimal> written;

        AmountDeserializer(Class<T> type, BiFunction<BigDecimal, Currency, T> read, Function<T, BigDecimal> written) {
            super(type);
            this.read = read;
            this.written = written;
        }

        @Override
        public java.util.Collection<Object> getKnownPropertyNames() {
            return java.util.List.of("amount", "currency");
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.isExpectedStartObjectToken()) {
                throw new InvalidValue(Fault.WRONG_TYPE, Phrase.of("shape.money"), Shapes.found(p.currentToken()));
            }
            String amount = null;
            String code = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken token = p.nextToken();
                if (name.equals("amount")) {
                    if (amount != null) {
                        throw RecordDeserializer.duplicate(p, name);
                    }
                    amount = part(p, token, "amount", "shape.plain-decimal");
                } else if (name.equals("currency")) {
                    if (code != null) {
                        throw RecordDeserializer.duplicate(p, name);
                    }
                    code = part(p, token, "currency", "shape.currency");
                } else if (!ctxt.handleUnknownProperty(p, this, handledType(), name)) {
                    p.skipChildren();
                }
            }
            if (amount == null) {
                throw at("amount", new InvalidValue(Fault.MISSING_PROPERTY, Messages.quote("amount")));
            }
            if (code == null) {
                throw at("currency", new InvalidValue(Fault.MISSING_PROPERTY, Messages.quote("currency")));
            }
            if (!DecimalText.isDecimal(amount, false)) {
                throw at("amount", new InvalidValue(Fault.INVALID_FORMAT, Messages.quote(amount),
                        Phrase.of("shape.plain-decimal")));
            }
            BigDecimal value;
            try {
                value = decimal(amount);
            } catch (InvalidValue e) {
                throw at("amount", e);
            }
            Currency currency;
            try {
                currency = Money.currency(code);
            } catch (IllegalArgumentException e) {
                throw at("currency", InvalidValue.refusedBy(e));
            }
            T result;
            try {
                result = read.apply(value, currency);
            } catch (IllegalArgumentException e) {
                throw at("amount", InvalidValue.refusedBy(e));
            }
            String canonical = written.apply(result).toPlainString();
            if (!canonical.equals(amount)) {
                throw at("amount", new InvalidValue(Fault.NON_CANONICAL, Messages.quote(amount),
                        Messages.quote(canonical)));
            }
            return result;
        }

        /** The text of a part, which must be a JSON string. */
        private String part(JsonParser p, JsonToken token, String name, String shapeKey) {
            if (token == JsonToken.VALUE_STRING) {
                return p.getString();
            }
            if (token == JsonToken.VALUE_NULL) {
                throw at(name, new InvalidValue(Fault.NULL_VALUE));
            }
            if (token.isNumeric() && name.equals("amount")) {
                throw at(name, new InvalidValue(Fault.DECIMAL_AS_NUMBER, p.getString()));
            }
            throw at(name, new InvalidValue(Fault.WRONG_TYPE, Phrase.of(shapeKey), Shapes.found(token)));
        }

        private tools.jackson.core.JacksonException at(String part, InvalidValue problem) {
            return tools.jackson.core.JacksonException.wrapWithPath(problem, handledType(), part);
        }
    }

    /**
     * Reads campaignkit's records with {@link RecordDeserializer} and maps with
     * {@link StrictMapDeserializer}; identifiers and the other scalars this module registers keep
     * their own deserializers.
     */
    private final class OwnDeserializers extends Deserializers.Base {

        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                         BeanDescription.Supplier bean) {
            Class<?> raw = type.getRawClass();
            if (readsItself(raw)) {
                return new RecordDeserializer(type, config.getTypeFactory()::constructType,
                        element -> config.getTypeFactory().constructCollectionType(java.util.List.class, element),
                        CampaignJsonModule::keptInOrder);
            }
            return null;
        }

        @Override
        public ValueDeserializer<?> findMapDeserializer(MapType type, DeserializationConfig config,
                                                        BeanDescription.Supplier bean, KeyDeserializer keys,
                                                        TypeDeserializer valueTypes, ValueDeserializer<?> values) {
            return StrictMapDeserializer.reads(type) ? new StrictMapDeserializer(type) : null;
        }

        @Override
        public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                                                         BeanDescription.Supplier bean) {
            return new ExactEnumDeserializer(type.getRawClass(), CampaignJsonModule.this);
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return readsItself(valueType) || valueType.isEnum();
        }
    }


    /**
     * Whether the record reader takes the type: one of campaignkit's records that this module gives
     * no deserializer and no mix-in of its own (those are read the way they say, by Jackson).
     */
    private boolean readsItself(Class<?> type) {
        return RecordDeserializer.reads(type) && !ownDeserializers.contains(type)
                && (_mixins == null || !_mixins.containsKey(type));
    }

    /**
     * Writes every set in order, so that equal sets write equal bytes: {@code Set.copyOf} iterates
     * in an order that changes from one JVM run to the next. Elements that are comparable (strings,
     * identifiers, enums, dates) go in their natural order, others in the order of their text.
     */
    private static final class SortedSets extends ValueSerializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public ValueSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
                                                             BeanDescription.Supplier bean,
                                                             ValueSerializer<?> serializer) {
            return Set.class.isAssignableFrom(type.getRawClass()) ? new SortedSet(serializer) : serializer;
        }
    }

    /** A set's serializer that hands the elements, sorted, to the serializer Jackson chose. */
    private static final class SortedSet extends ValueSerializer<Object> {

        private final ValueSerializer<Object> delegate;

        @SuppressWarnings("unchecked")
        SortedSet(ValueSerializer<?> delegate) {
            this.delegate = (ValueSerializer<Object>) delegate;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
            ValueSerializer<?> contextual = delegate.createContextual(ctxt, property);
            return contextual == delegate ? this : new SortedSet(contextual);
        }

        @Override
        public void resolve(SerializationContext ctxt) {
            delegate.resolve(ctxt);
        }

        @Override
        public boolean isEmpty(SerializationContext ctxt, Object value) {
            return delegate.isEmpty(ctxt, value);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            delegate.serialize(sorted(value), gen, ctxt);
        }

        @Override
        public void serializeWithType(Object value, JsonGenerator gen, SerializationContext ctxt,
                                      TypeSerializer typeSer) {
            delegate.serializeWithType(sorted(value), gen, ctxt, typeSer);
        }

        @Override
        public Class<?> handledType() {
            return delegate.handledType();
        }

        private static Object sorted(Object value) {
            if (!(value instanceof Set<?> set) || set.size() < 2) {
                return value;
            }
            return new java.util.LinkedHashSet<>(inWrittenOrder(set));
        }
    }

}
