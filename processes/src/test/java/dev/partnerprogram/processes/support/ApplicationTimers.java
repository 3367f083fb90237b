package dev.partnerprogram.processes.support;

/**
 * Test double for the {@code applicationTimers} bean whose {@code reworkTimeout} the rework boundary timer reads.
 * It must stay a public class with a getter: the expression language resolves the property as a bean property.
 */
public class ApplicationTimers {

    public static final String DEFAULT_REWORK_TIMEOUT = "P14D";

    private String reworkTimeout = DEFAULT_REWORK_TIMEOUT;

    public String getReworkTimeout() {
        return reworkTimeout;
    }

    public void setReworkTimeout(String reworkTimeout) {
        this.reworkTimeout = reworkTimeout;
    }
}
