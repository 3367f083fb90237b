package dev.partnerprogram.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The nodes behind the clients, taken in turn like a round-robin balancer that skips a node whose process is gone. */
final class Cluster {
    private final List<AppNode> nodes;
    private final AtomicLong turn = new AtomicLong();

    Cluster(List<AppNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    List<AppNode> nodes() {
        return nodes;
    }

    /** The nodes still running, starting with the next in turn. */
    List<AppNode> inTurn() {
        int first = (int) (turn.getAndIncrement() % nodes.size());
        List<AppNode> order = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            AppNode node = nodes.get((first + i) % nodes.size());
            if (node.isAlive()) {
                order.add(node);
            }
        }
        return order;
    }
}
