package io.dockyard.yard;

import io.dockyard.model.ImageBlueprint;
import javafx.css.PseudoClass;
import javafx.scene.Node;

import java.time.Instant;

/**
 * An image drawn as a technical drawing: a sheet with a dashed inner frame, its tags as the
 * title, the read-only layer stack, and a title block with the facts (a {@link BlueprintSheet},
 * built when the blueprint is first drawn in full). Style class {@code blueprint},
 * id {@code image-<12 hex>}; untagged images get the {@code :dangling} pseudo-class.
 */
public final class BlueprintNode extends YardNode {
    static final PseudoClass DANGLING = PseudoClass.getPseudoClass("dangling");
    /** How many characters of a tag the large summary has room for. */
    /** What fits on one line of the overview's summary at its font size (wider text would lose its tag). */
    static final int SUMMARY_CHARS = 12;

    /** Built the first time the blueprint is drawn in full. */
    private BlueprintSheet sheet;
    private ImageBlueprint image;
    private int instances;
    private Instant lastSeen = Instant.EPOCH;

    public BlueprintNode(io.dockyard.model.ObjectRef ref) {
        super(ref, ref.id(), YardLayout.BLUEPRINT_W, YardLayout.LANE_H);
        getStyleClass().add("blueprint");
        setId(YardIds.of(ref));
        startAsOutline();
    }

    @Override
    protected Node detail() {
        if (sheet == null) {
            sheet = new BlueprintSheet();
            if (image != null) {
                sheet.show(image, usageText(image, instances), lastSeen);
            }
        }
        return sheet;
    }

    public ImageBlueprint image() {
        return image;
    }

    /** Shows the image as it is now; cheap when nothing changed. */
    public void update(ImageBlueprint next, int instances, Instant now) {
        image = next;
        this.instances = instances;
        lastSeen = now;
        pseudoClassStateChanged(DANGLING, next.isDangling());
        if (sheet != null) {
            sheet.show(next, usageText(next, instances), now);
        }
        setSummary(ShortName.of(next.displayName(), SUMMARY_CHARS) + "\n" + (instances > 0 ? usageText(next, instances)
                : next.isDangling() ? "dangling" : "no instance"));
    }

    private static String usageText(ImageBlueprint image, int instances) {
        if (instances == 0) {
            return image.isDangling() ? "no tag, unused: prune removes it" : "no instance yet";
        }
        return instances == 1 ? "1 instance" : instances + " instances";
    }
}
