package org.framescope.pipeline;

import java.util.Objects;
import java.util.Set;

/** A stage whose name, contract and provenance are fixed when it is built; subclasses only do the work. */
abstract class BaseStage implements Stage {
  private final String name;
  private final Set<Annotation> requires;
  private final Set<Annotation> provides;
  private final StageProvenance provenance;

  BaseStage(String name, Set<Annotation> requires, Set<Annotation> provides, StageProvenance provenance) {
    this.name = Objects.requireNonNull(name, "name");
    this.requires = Set.copyOf(requires);
    this.provides = Set.copyOf(provides);
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<Annotation> requires() {
    return requires;
  }

  @Override
  public final Set<Annotation> provides() {
    return provides;
  }

  @Override
  public final StageProvenance provenance() {
    return provenance;
  }
}
