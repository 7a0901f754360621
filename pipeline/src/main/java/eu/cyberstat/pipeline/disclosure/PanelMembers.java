package eu.cyberstat.pipeline.disclosure;

import java.util.List;

/** The Member States of one offence × indicator's EU panel, whose yearly sum is published ({@code panel_value}). */
public record PanelMembers(String offence, String indicator, List<String> members) {

    public PanelMembers {
        members = List.copyOf(members);
    }
}
