package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.team.Department;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.HashSet;
import java.util.Set;

/**
 * The rules a {@link CampaignProfile} must pass before the campaign leaves planning: required
 * texts are not blank; at least one department takes part, none twice; the phases lie inside the
 * window, in the order warm-up → burst → continuation, each kind once, none overlapping another.
 *
 * <p>Paths are relative to the profile ({@code phases[1].range}).
 */
public final class ProfileRules {

    private static final Rule<CampaignProfile> STANDARD = ProfileRules::check;

    private ProfileRules() {
    }

    /**
     * The standard profile rules.
     *
     * @return the rule
     */
    public static Rule<CampaignProfile> standard() {
        return STANDARD;
    }

    private static Seq<Violation> check(CampaignProfile profile) {
        List<Violation> found = List.empty();
        if (profile.name().isBlank()) {
            found = found.append(Violation.of(ProfileViolation.NAME_BLANK, "name"));
        }
        if (profile.theme().isBlank()) {
            found = found.append(Violation.of(ProfileViolation.THEME_BLANK, "theme"));
        }
        if (profile.slogan().filter(String::isBlank).isPresent()) {
            found = found.append(Violation.of(ProfileViolation.SLOGAN_BLANK, "slogan"));
        }
        if (profile.audience().description().isBlank()) {
            found = found.append(Violation.of(ProfileViolation.AUDIENCE_BLANK, "audience.description"));
        }
        found = found.appendAll(departments(profile.departments()));
        for (int i = 0; i < profile.mechanics().size(); i++) {
            if (profile.mechanics().get(i).isBlank()) {
                found = found.append(Violation.of(ProfileViolation.MECHANIC_BLANK, RulePaths.indexed("mechanics", i)));
            }
        }
        return found.appendAll(phases(profile));
    }

    private static Seq<Violation> departments(java.util.List<Department> departments) {
        if (departments.isEmpty()) {
            return List.of(Violation.of(ProfileViolation.DEPARTMENTS_EMPTY, "departments"));
        }
        List<Violation> found = List.empty();
        Set<Department> seen = new HashSet<>();
        for (int i = 0; i < departments.size(); i++) {
            if (!seen.add(departments.get(i))) {
                found = found.append(Violation.of(ProfileViolation.DEPARTMENT_DUPLICATE,
                        RulePaths.indexed("departments", i), departments.get(i).name()));
            }
        }
        return found;
    }

    private static Seq<Violation> phases(CampaignProfile profile) {
        java.util.List<Phase> phases = profile.phases();
        if (phases.isEmpty()) {
            return List.of(Violation.of(ProfileViolation.PHASES_EMPTY, "phases"));
        }
        List<Violation> found = List.empty();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            String path = RulePaths.indexed("phases", i);
            if (!profile.window().contains(phase.range())) {
                found = found.append(Violation.of(ProfileViolation.PHASE_OUTSIDE_WINDOW, path + ".range",
                        phase.kind(), phase.range().toString(), profile.window().toString()));
            }
            for (int j = 0; j < i; j++) {
                Phase earlier = phases.get(j);
                if (earlier.kind() == phase.kind()) {
                    found = found.append(Violation.of(ProfileViolation.PHASE_DUPLICATE, path + ".kind", phase.kind()));
                } else if (earlier.range().overlaps(phase.range())) {
                    found = found.append(Violation.of(ProfileViolation.PHASE_OVERLAP, path + ".range",
                            phase.kind(), earlier.kind()));
                }
            }
            if (i > 0) {
                Phase previous = phases.get(i - 1);
                boolean kindOrder = previous.kind().compareTo(phase.kind()) < 0;
                boolean dateOrder = !phase.range().start().isBefore(previous.range().start());
                if (previous.kind() != phase.kind() && (!kindOrder || !dateOrder)) {
                    found = found.append(Violation.of(ProfileViolation.PHASE_OUT_OF_ORDER, path,
                            phase.kind(), previous.kind()));
                }
            }
        }
        return found;
    }
}
