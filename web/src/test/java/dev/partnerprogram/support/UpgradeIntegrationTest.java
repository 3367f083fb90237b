package dev.partnerprogram.support;

import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test of tiers over time: upgrades and partner years on the simulated clock, which it moves forward and
 * sets back to real time after each test so that the next test class starts from today.
 */
public abstract class UpgradeIntegrationTest extends IntegrationTest {

    protected UpgradeScenario upgrades;
    protected TimeMachine time;

    @BeforeEach
    void upgradeScenario() {
        upgrades = new UpgradeScenario(scenario, simulatedClock);
        time = new TimeMachine(simulatedClock, runtimeService, managementService);
    }

}
