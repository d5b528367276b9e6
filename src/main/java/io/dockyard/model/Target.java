package io.dockyard.model;

/**
 * Something a user can point at on the yard: an engine object, or a compose project (which the
 * engine has no object for; its frame stands for the containers that carry its label).
 */
public sealed interface Target permits ObjectRef, ProjectRef {
}
