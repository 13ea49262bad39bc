package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * The result of applying an evaluation to a register: the register with the risks that fired moved
 * to {@link RiskStatus#TRIGGERED}, and the alerts they raise.
 *
 * @param register the changed register
 * @param alerts   one alert per risk that fired, in register order
 */
public record Fired(RiskRegister register, List<RiskAlert> alerts) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an alert is null, naming it
     */
    public Fired {
        Objects.requireNonNull(register, "register");
        alerts = Checks.list(alerts, "alerts");
    }
}
