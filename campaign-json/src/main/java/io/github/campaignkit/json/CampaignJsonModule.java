package io.github.campaignkit.json;

import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.Pricing;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.supply.MaterialId;
import io.github.campaignkit.core.supply.NeedId;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.ObjectiveId;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.AlertCondition;
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Pace;
import io.github.campaignkit.core.risk.Band;
import io.github.campaignkit.core.risk.Evidence;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.Period;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.ScoringModel;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.tracking.IssueId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for campaignkit's types: identifiers as plain strings ({@code "2024-618"}
 * rather than {@code {"value": "2024-618"}}); money and unit prices as
 * {@code {"amount": "12.50", "currency": "CNY"}}, the amount a string so that its scale survives
 * (a number, or an amount more precise than its currency, is refused with a message that says so).
 * Records are otherwise read and written by Jackson directly, by their components.
 *
 * <p>Sealed interfaces of the model are written with a {@code "type"} property holding a closed,
 * stable name per subtype (never a class name, never default typing); a subtype without a name
 * fails the module's construction, so a new subtype cannot be forgotten.
 *
 * <p>Register it on an application's own mapper with {@code JsonMapper.builder().addModule(new
 * CampaignJsonModule())}; it is also found by {@code findAndAddModules()} through the
 * ServiceLoader. {@link CampaignJson} registers it for you, with the strict settings the
 * documents need.
 */
public final class CampaignJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public CampaignJsonModule() {
        super("campaignkit", Version.unknownVersion());
        identifier(CampaignId.class, CampaignId::value, CampaignId::of);
        identifier(MemberId.class, MemberId::value, MemberId::of);
        identifier(Department.class, Department::name, Department::of);
        identifier(TaskId.class, TaskId::value, TaskId::of);
        identifier(MetricId.class, MetricId::value, MetricId::of);
        identifier(BudgetLineId.class, BudgetLineId::value, BudgetLineId::of);
        identifier(PartnerId.class, PartnerId::value, PartnerId::of);
        identifier(SupplierId.class, SupplierId::value, SupplierId::of);
        identifier(NeedId.class, NeedId::value, NeedId::of);
        identifier(MaterialId.class, MaterialId::value, MaterialId::of);
        amountInCurrency(Money.class, Money::amount, Money::currency, Money::of);
        amountInCurrency(UnitPrice.class, UnitPrice::amount, UnitPrice::currency, UnitPrice::of);
        sealed(Pricing.class, Map.entry("per-unit", Pricing.PerUnit.class), Map.entry("fixed", Pricing.Fixed.class));
        identifier(ModuleId.class, ModuleId::value, ModuleId::of);
        identifier(IssueId.class, IssueId::value, IssueId::of);
        identifier(GoalId.class, GoalId::value, GoalId::of);
        identifier(ObjectiveId.class, ObjectiveId::value, ObjectiveId::of);
        identifier(Channel.class, Channel::name, Channel::of);
        sealed(Target.class, Map.entry("at-least", Target.AtLeast.class), Map.entry("at-most", Target.AtMost.class),
                Map.entry("between", Target.Between.class), Map.entry("uplift", Target.Uplift.class));
        sealed(Cadence.class, Map.entry("daily", Cadence.Daily.class), Map.entry("weekly", Cadence.Weekly.class),
                Map.entry("monthly", Cadence.Monthly.class));
        sealed(Pace.class, Map.entry("linear", Pace.Linear.class), Map.entry("by-phase", Pace.PhaseWeighted.class));
        sealed(AlertCondition.class, Map.entry("below-target", AlertCondition.BelowTarget.class),
                Map.entry("below-pace", AlertCondition.BelowPace.class),
                Map.entry("rate-below", AlertCondition.RateBelow.class), Map.entry("all-of", AlertCondition.AllOf.class));
        decimals();
        risks();
        review();
    }

    /** The review: its identifiers as strings (its records round-trip by their components). */
    private void review() {
        identifier(io.github.campaignkit.core.review.ProblemId.class, io.github.campaignkit.core.review.ProblemId::value,
                io.github.campaignkit.core.review.ProblemId::of);
        identifier(io.github.campaignkit.core.review.ActionId.class, io.github.campaignkit.core.review.ActionId::value,
                io.github.campaignkit.core.review.ActionId::of);
    }

    /** A plain decimal: optional minus, digits, optional fraction; no exponent, no plus, no spaces. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

    /**
     * Writes and reads an amount with its currency as {@code {"amount": "12.50", "currency": "CNY"}}.
     * The amount is a string in plain notation, written with the value's own scale; reading refuses
     * a number, an exponent, a missing part and an unknown property, and the value's constructor
     * refuses an amount too precise for it.
     */
    private <T> void amountInCurrency(Class<T> type, Function<T, BigDecimal> amount, Function<T, Currency> currency,
                                      BiFunction<BigDecimal, Currency, T> read) {
        addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeStartObject();
                gen.writeStringProperty("amount", amount.apply(value).toPlainString());
                gen.writeStringProperty("currency", currency.apply(value).getCurrencyCode());
                gen.writeEndObject();
            }
        });
        addDeserializer(type, new StdDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (!p.isExpectedStartObjectToken()) {
                    throw invalid(p, ctxt, "an amount of money is an object with the amount as a string and the "
                            + "ISO 4217 currency code, for example {\"amount\" \"12.50\", \"currency\" \"CNY\"}");
                }
                String amountText = null;
                String code = null;
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    JsonToken token = p.nextToken();
                    if (name.equals("amount")) {
                        if (token != JsonToken.VALUE_STRING) {
                            throw invalid(p, ctxt, "amount: write the amount as a string such as \"12.50\" so that "
                                    + "its scale is kept, not as " + (token.isNumeric() ? "the number " + p.getString()
                                    : "a JSON " + token.name().toLowerCase(java.util.Locale.ROOT)));
                        }
                        amountText = p.getString();
                    } else if (name.equals("currency")) {
                        if (token != JsonToken.VALUE_STRING) {
                            throw invalid(p, ctxt, "currency: write an ISO 4217 code as a string such as \"CNY\"");
                        }
                        code = p.getString();
                    } else {
                        ctxt.handleUnknownProperty(p, this, type, name);
                    }
                }
                if (amountText == null) {
                    throw invalid(p, ctxt, "amount: missing; write it as a string such as \"12.50\"");
                }
                if (code == null) {
                    throw invalid(p, ctxt, "currency: missing; write an ISO 4217 code such as \"CNY\"");
                }
                if (!PLAIN_DECIMAL.matcher(amountText).matches()) {
                    throw invalid(p, ctxt, "amount: not a plain decimal number such as \"12.50\": '"
                            + (amountText.length() > 40 ? amountText.substring(0, 40) + "…" : amountText) + "'");
                }
                try {
                    return read.apply(new BigDecimal(amountText), Money.currency(code));
                } catch (IllegalArgumentException e) {
                    throw ValueInstantiationException.from(p, e.getMessage(), ctxt.constructType(type), e);
                }
            }

            private ValueInstantiationException invalid(JsonParser p, DeserializationContext ctxt, String message) {
                IllegalArgumentException cause = new IllegalArgumentException(message);
                return ValueInstantiationException.from(p, message, ctxt.constructType(type), cause);
            }
        });
    }

    /** The largest precision a decimal may have in a document. */
    static final int MAX_DECIMAL_PRECISION = 40;
    /** The largest scale, either way, a decimal may have in a document. */
    static final int MAX_DECIMAL_SCALE = 20;

    /**
     * Decimals (thresholds, scores, readings) as strings, so that their scale survives: {@code "60"}
     * stays 60 and {@code "12.50"} stays 12.50. Whole JSON numbers are read too; a JSON number with a
     * fraction is refused, since the document tree would already have rounded it to a double.
     */
    private void decimals() {
        addSerializer(BigDecimal.class, new StdScalarSerializer<BigDecimal>(BigDecimal.class) {
            @Override
            public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.scale() < 0 ? value.toString() : value.toPlainString());
            }
        });
        addDeserializer(BigDecimal.class, new StdScalarDeserializer<BigDecimal>(BigDecimal.class) {
            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    return bounded(p.getDecimalValue(), p.getString(), ctxt);
                }
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
                }
                String text = p.getString();
                try {
                    return bounded(new BigDecimal(text), text, ctxt);
                } catch (NumberFormatException e) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a decimal number");
                }
            }

            private BigDecimal bounded(BigDecimal value, String text, DeserializationContext ctxt) {
                if (value.precision() > MAX_DECIMAL_PRECISION || Math.abs(value.scale()) > MAX_DECIMAL_SCALE) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text,
                            "more than %d digits or a scale beyond ±%d", MAX_DECIMAL_PRECISION, MAX_DECIMAL_SCALE);
                }
                return value;
            }
        });
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
        sealed(Period.class, Map.entry("on-date", Period.OnDate.class), Map.entry("phase-day", Period.PhaseDay.class),
                Map.entry("in-phase", Period.InPhase.class), Map.entry("between", Period.Between.class));
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

    /**
     * Writes and reads a sealed interface with a {@code "type"} property naming the subtype.
     * Every permitted subclass must have a name.
     */
    @SafeVarargs
    private <T> void sealed(Class<T> base, Map.Entry<String, Class<? extends T>>... names) {
        Map<Class<?>, String> named = new HashMap<>();
        for (Map.Entry<String, Class<? extends T>> entry : names) {
            named.put(entry.getValue(), entry.getKey());
            registerSubtypes(new NamedType(entry.getValue(), entry.getKey()));
        }
        for (Class<?> permitted : base.getPermittedSubclasses()) {
            if (!named.containsKey(permitted)) {
                throw new IllegalStateException("no JSON name for " + permitted.getName() + ", a subtype of "
                        + base.getName());
            }
        }
        setMixInAnnotation(base, TypedByName.class);
    }

    /** The mix-in that makes a sealed interface carry its subtype's name. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private abstract static class TypedByName {
    }

    private <T> void identifier(Class<T> type, Function<T, String> write, Function<String, T> read) {
        addSerializer(type, new StdScalarSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(write.apply(value));
            }
        });
        addDeserializer(type, new StdScalarDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String text = p.getString();
                try {
                    return read.apply(text);
                } catch (IllegalArgumentException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
                }
            }
        });
    }
}
