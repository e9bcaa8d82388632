package io.openecma.schemas.topics;

/** A topic to create: its name, default partition count, and whether it is log-compacted. */
public record TopicSpec(String name, int partitions, boolean compacted) {
}
