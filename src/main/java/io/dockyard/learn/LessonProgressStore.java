package io.dockyard.learn;

/** Where progress is kept between runs; the app backs it with its settings file. */
public interface LessonProgressStore {
    LessonProgress load();

    void save(LessonProgress progress);

    /** Keeps progress in memory only: for tests, and until settings are wired. */
    final class InMemory implements LessonProgressStore {
        private volatile LessonProgress progress = LessonProgress.NONE;

        @Override
        public LessonProgress load() {
            return progress;
        }

        @Override
        public void save(LessonProgress newProgress) {
            progress = newProgress;
        }
    }
}
