package io.github.campaignkit.json;

import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.ObjectiveId;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.AlertCondition;
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Pace;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * The Jackson 3 module for campaignkit's types: identifiers as plain strings ({@code "2024-618"}
 * rather than {@code {"value": "2024-618"}}). Records are otherwise read and written by Jackson
 * directly, by their components.
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
