package dev.salient;

/** The kind of real-world thing an {@link Entity} names, where the evidence allows a guess. */
public enum EntityType {
  PERSON,
  LOCATION,
  ORGANIZATION,
  OTHER
}
