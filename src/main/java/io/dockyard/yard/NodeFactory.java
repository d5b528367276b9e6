package io.dockyard.yard;

import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;

/**
 * Makes and updates the node of one kind of engine object. The reconciler asks each factory for
 * the node's <em>look</em> (what it shows, the object and the facts about it that other objects
 * decide, such as how many containers mount a volume) and updates the node only when the look
 * changed. A new kind on the yard is one factory and one CSS block.
 *
 * @param <T> the record of the kind
 * @param <N> the node drawn for it
 */
abstract class NodeFactory<T extends EngineObject, N extends YardNode> {
    private final Kind kind;
    private final Class<T> type;
    private final Class<N> nodeType;

    NodeFactory(Kind kind, Class<T> type, Class<N> nodeType) {
        this.kind = kind;
        this.type = type;
        this.nodeType = nodeType;
    }

    Kind kind() {
        return kind;
    }

    abstract N create(ObjectRef ref);

    /** What the node shows; two equal looks draw the same. */
    abstract Object look(ObjectRef ref, T object, YardFacts facts);

    /** Shows the object; {@code created} on the first call for a new node. */
    abstract void update(N node, T object, YardFacts facts, boolean created);

    // bridges for the reconciler, which holds nodes and objects of every kind

    final boolean draws(YardNode node) {
        return nodeType.isInstance(node);
    }

    final Object lookOf(ObjectRef ref, EngineObject object, YardFacts facts) {
        return look(ref, type.cast(object), facts);
    }

    final void apply(YardNode node, EngineObject object, YardFacts facts, boolean created) {
        update(nodeType.cast(node), type.cast(object), facts, created);
    }
}
