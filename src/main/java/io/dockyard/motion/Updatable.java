package io.dockyard.motion;

/** Something that moves with time: the clock hands it the seconds since the last frame. */
public interface Updatable {
    void onUpdate(double tpf);
}
