package dev.partnerprogram.support;

import org.junit.jupiter.api.BeforeEach;

/** An integration test about marketing: budgets, compensations and joint events of its own companies. */
public abstract class MarketingIntegrationTest extends IntegrationTest {

    protected MarketingScenario marketing;

    @BeforeEach
    void marketingScenario() {
        marketing = new MarketingScenario(scenario, jdbc);
    }
}
