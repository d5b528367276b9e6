package io.dockyard.learn;

/**
 * What the learn coach needs from the rest of the app.
 *
 * @param probe     answers diff/top/file questions (engine.DockerLessonProbe in the app)
 * @param performer runs "show me" and reset commands, writing each CLI line in the journal
 * @param progress  where progress is saved (the settings file in the app)
 */
public record LessonServices(LessonProbe probe, StepPerformer performer, LessonProgressStore progress) {
}
