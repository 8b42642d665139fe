package org.talentbench.app.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.OutputSchema;
import org.talentbench.core.researcher.ProfileRules;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.researcher.Violation;
import org.talentbench.i18n.Messages;

/**
 * The type-specific form of one output: the common fields, the kind's own attributes (rebuilt from
 * {@link OutputSchema} when the kind changes, keeping values of the same key), the credited researchers with their
 * shares, and the inline messages of {@link ProfileRules#validate(Output)} plus the parse problems of typed text
 * (a share that is not a number). Knows whether it differs from the stored output. FX thread only.
 */
public final class OutputFormViewModel {
    private final Messages messages;
    private final ResearcherId me;
    private Output original;
    private final OutputId id;
    private final Runnable onChange;
    private boolean applying;

    private final ObjectProperty<Choice> kind = new SimpleObjectProperty<>();
    private final ObservableList<Choice> kinds = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty doi = new SimpleStringProperty("");
    private final StringProperty externalId = new SimpleStringProperty("");
    private final BooleanProperty domestic = new SimpleBooleanProperty(false);
    private final StringProperty citations = new SimpleStringProperty("");
    private final StringProperty citationSource = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> citationAsOf = new SimpleObjectProperty<>();
    private final StringProperty impact = new SimpleStringProperty("");
    private final ObservableList<AttributeFieldViewModel> attributes = FXCollections.observableArrayList();
    private final ObservableList<ContributorRowViewModel> contributors = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasDoi = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasExternalId = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasCitations = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasDomesticFlag = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper venueLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper externalIdLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper duplicateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final FieldMessages fieldMessages;
    private final Map<ResearcherId, String> names;
    private List<org.talentbench.service.DuplicateOutput> duplicates = List.of();
    private String checkedKey;
    private String declinedKey;

    /**
     * @param output the stored output, or a new one (id 0 or a negative placeholder) with its initial values
     * @param me     the researcher whose profile is open ({@code ResearcherId.NEW} for a new profile)
     * @param names  labels of the researchers credited (employee number and name)
     */
    OutputFormViewModel(Messages messages, Output output, ResearcherId me, Map<ResearcherId, String> names,
                        Runnable onChange) {
        this.messages = messages;
        this.me = me;
        this.original = output.id().value() > 0 ? output : null;
        this.id = output.id();
        this.names = new HashMap<>(names);
        this.onChange = onChange;
        this.fieldMessages = new FieldMessages(messages);
        for (OutputKind k : OutputKind.values()) {
            kinds.add(new Choice(k.name(), messages.get("output.kind." + k.name())));
        }
        apply(output);
        for (javafx.beans.Observable p : List.of(title, date, venue, doi, externalId, domestic, citations,
                citationSource, citationAsOf, impact)) {
            p.addListener(o -> changed());
        }
        kind.addListener((o, a, b) -> {
            if (!applying && b != null) {
                rebuildAttributes(OutputKind.valueOf(b.value()), currentAttributes());
                changed();
            }
        });
    }

    private void apply(Output o) {
        applying = true;
        try {
            kind.set(kinds.get(o.kind().ordinal()));
            title.set(o.title());
            date.set(o.date());
            venue.set(o.venue());
            doi.set(o.doi());
            externalId.set(o.externalId());
            domestic.set(o.domesticJournal());
            citations.set(o.citations() == null ? "" : o.citations().toString());
            citationSource.set(o.citationSource());
            citationAsOf.set(o.citationAsOf());
            impact.set(o.fieldNormalisedImpact() == null ? "" : number(o.fieldNormalisedImpact()));
            rebuildAttributes(o.kind(), o.attributes());
            contributors.clear();
            for (Contribution c : o.contributors()) {
                addContributorRow(c);
            }
        } finally {
            applying = false;
        }
        validate();
    }

    /** Replaces the stored state this form compares with (after a save or a merge), keeping nothing of the edit. */
    void reset(Output stored) {
        this.original = stored;
        apply(stored);
        duplicates = List.of();
        duplicateText.set("");
        dirty.set(false);
    }

    private void addContributorRow(Contribution c) {
        boolean self = c.researcherId().equals(me);
        String label = names.getOrDefault(c.researcherId(), "#" + c.researcherId().value());
        contributors.add(new ContributorRowViewModel(c, label, self, new FieldMessages(messages), this::changed));
    }

    private Map<String, String> currentAttributes() {
        Map<String, String> m = new LinkedHashMap<>();
        for (AttributeFieldViewModel a : attributes) {
            m.put(a.key(), a.stored());
        }
        return m;
    }

    private void rebuildAttributes(OutputKind k, Map<String, String> values) {
        OutputSchema.Shape shape = OutputSchema.of(k);
        List<AttributeFieldViewModel> fields = new ArrayList<>();
        for (OutputSchema.Attribute a : shape.attributes()) {
            fields.add(new AttributeFieldViewModel(a, messages, values.get(a.key()), this::changed));
        }
        attributes.setAll(fields);
        hasDoi.set(shape.doi());
        hasExternalId.set(shape.externalId());
        hasCitations.set(shape.citations());
        hasDomesticFlag.set(shape.domesticFlag());
        venueLabel.set(messages.get("output.venue." + k.name()));
        externalIdLabel.set(shape.externalId() ? messages.get("output.externalId." + k.name()) : "");
    }

    private void changed() {
        if (applying) {
            return;
        }
        validate();
        onChange.run();
    }

    /** Adds a colleague with a share (in percent) unless they are credited already. */
    public void addContributor(ResearcherId researcher, String label, double share) {
        if (contributors.stream().anyMatch(c -> c.researcher().equals(researcher))) {
            return;
        }
        names.put(researcher, label);
        int position = contributors.size() + 1;
        addContributorRow(new Contribution(researcher, kindValue().isPaper() ? position : 0, false, share));
        changed();
    }

    public void removeContributor(ContributorRowViewModel row) {
        if (!row.self()) {
            contributors.remove(row);
            changed();
        }
    }

    public OutputKind kindValue() {
        return OutputKind.valueOf(kind.get().value());
    }

    /** Revalidates and updates {@link #validProperty()} and {@link #dirtyProperty()}. */
    List<Violation> validate() {
        List<Violation> violations = new ArrayList<>();
        Output built = build(violations);
        if (built != null) {
            violations.addAll(ProfileRules.validate(built));
        }
        fieldMessages.set(violations.stream().filter(v -> !v.field().startsWith("contributors[")).toList());
        for (int i = 0; i < contributors.size(); i++) {
            String prefix = "contributors[" + i + "].";
            contributors.get(i).messages().set(violations.stream().filter(v -> v.field().startsWith(prefix))
                    .map(v -> new Violation(v.field().substring(prefix.length()), v.code(), v.args(), v.severity()))
                    .toList());
        }
        valid.set(!ProfileRules.blocks(violations));
        dirty.set(original == null || built == null || !built.equals(original));
        return violations;
    }

    /** The output as edited, or null when a typed value cannot be read (the reasons go to {@code problems}). */
    Output build(List<Violation> problems) {
        int before = problems.size();
        if (date.get() == null) {
            problems.add(Violation.error("date", "output.dateRequired"));
        }
        Integer cites = null;
        String c = citations.get() == null ? "" : citations.get().trim();
        if (!c.isEmpty()) {
            try {
                cites = Integer.valueOf(c);
            } catch (NumberFormatException e) {
                problems.add(Violation.error("citations", "output.notAWholeNumber", c));
            }
        }
        Double fni = null;
        String f = impact.get() == null ? "" : impact.get().trim();
        if (!f.isEmpty()) {
            try {
                fni = Double.valueOf(f);
            } catch (NumberFormatException e) {
                problems.add(Violation.error("fieldNormalisedImpact", "output.notANumber", f));
            }
        }
        List<Contribution> credits = new ArrayList<>();
        for (int i = 0; i < contributors.size(); i++) {
            ContributorRowViewModel row = contributors.get(i);
            String at = "contributors[" + i + "].";
            double share = 0;
            String s = row.shareProperty().get() == null ? "" : row.shareProperty().get().trim().replace("%", "");
            try {
                share = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                problems.add(Violation.error(at + "share", s.isEmpty() ? "output.shareRequired" : "output.notANumber",
                        s));
            }
            int pos = 0;
            String p = row.positionProperty().get() == null ? "" : row.positionProperty().get().trim();
            if (!p.isEmpty()) {
                try {
                    pos = Integer.parseInt(p);
                } catch (NumberFormatException e) {
                    problems.add(Violation.error(at + "position", "output.notAWholeNumber", p));
                }
            }
            credits.add(new Contribution(row.researcher(), pos, row.correspondingProperty().get(), share));
        }
        if (problems.size() > before) {
            return null;
        }
        OutputKind k = kindValue();
        OutputSchema.Shape shape = OutputSchema.of(k);
        Map<String, String> attrs = new LinkedHashMap<>();
        if (original != null && original.kind() == k) {
            // attributes this form does not show (e.g. written by an importer) are kept, never silently dropped
            original.attributes().forEach((key, value) -> {
                if (shape.attribute(key).isEmpty()) {
                    attrs.put(key, value);
                }
            });
        }
        for (AttributeFieldViewModel a : attributes) {
            String v = a.stored();
            if (!v.isEmpty() && !(a.type() == OutputSchema.Type.BOOLEAN && v.equals("false")
                    && (original == null || original.attribute(a.key()).isEmpty()))) {
                attrs.put(a.key(), v);
            }
        }
        return new Output(id, k, trim(title.get()), date.get(), trim(venue.get()), shape.doi() ? trim(doi.get()) : "",
                shape.externalId() ? trim(externalId.get()) : "", shape.domesticFlag() && domestic.get(),
                shape.citations() ? cites : null, shape.citations() ? trim(citationSource.get()) : "",
                shape.citations() ? citationAsOf.get() : null, shape.citations() ? fni : null, attrs, credits,
                original == null ? 0 : original.version());
    }

    /** The output as edited, or null when it cannot be read. */
    public Output build() {
        return build(new ArrayList<>());
    }

    /** The key the duplicate check last ran for: DOI, identifier, normalised title and year. */
    String identityKey() {
        Output o = build();
        if (o == null) {
            return null;
        }
        return o.kind() + "|" + org.talentbench.core.researcher.OutputKeys.doi(o.doi()) + "|"
                + org.talentbench.core.researcher.OutputKeys.externalId(o.kind(), o.externalId()) + "|"
                + org.talentbench.core.researcher.OutputKeys.title(o.title()) + "|" + o.year();
    }

    boolean duplicatesCheckedFor(String key) {
        return Objects.equals(checkedKey, key);
    }

    void duplicatesFound(String key, List<org.talentbench.service.DuplicateOutput> found) {
        checkedKey = key;
        duplicates = List.copyOf(found);
        if (found.isEmpty()) {
            duplicateText.set("");
        } else {
            org.talentbench.service.DuplicateOutput d = found.get(0);
            String who = String.join("、", d.credited().stream().map(x -> x.nameZh()).toList());
            duplicateText.set(messages.get("output.duplicate.hint",
                    messages.get("output.duplicate.reason." + d.reason().name()), d.output().title(),
                    d.output().year(), who.isEmpty() ? "—" : who));
        }
    }

    List<org.talentbench.service.DuplicateOutput> duplicates() {
        return duplicates;
    }

    /** The user chose to keep this output separate from the duplicates found for its current identity. */
    void declineDuplicates() {
        declinedKey = checkedKey;
    }

    boolean duplicatesDeclined() {
        return declinedKey != null && declinedKey.equals(checkedKey);
    }

    /** My own contribution as edited (share, position, corresponding), or null when I am not credited. */
    Contribution myContribution() {
        Output o = build();
        if (o == null) {
            return null;
        }
        return o.contributors().stream().filter(c -> c.researcherId().equals(me)).findFirst().orElse(null);
    }

    static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public OutputId id() {
        return id;
    }

    public Output original() {
        return original;
    }

    public boolean isNew() {
        return original == null;
    }

    public FieldMessages messages() {
        return fieldMessages;
    }

    public ObjectProperty<Choice> kindProperty() {
        return kind;
    }

    public ObservableList<Choice> kinds() {
        return kinds;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty doiProperty() {
        return doi;
    }

    public StringProperty externalIdProperty() {
        return externalId;
    }

    public BooleanProperty domesticProperty() {
        return domestic;
    }

    public StringProperty citationsProperty() {
        return citations;
    }

    public StringProperty citationSourceProperty() {
        return citationSource;
    }

    public ObjectProperty<LocalDate> citationAsOfProperty() {
        return citationAsOf;
    }

    public StringProperty impactProperty() {
        return impact;
    }

    public ObservableList<AttributeFieldViewModel> attributes() {
        return attributes;
    }

    public ObservableList<ContributorRowViewModel> contributors() {
        return contributors;
    }

    public ReadOnlyBooleanProperty hasDoiProperty() {
        return hasDoi.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasExternalIdProperty() {
        return hasExternalId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasCitationsProperty() {
        return hasCitations.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasDomesticFlagProperty() {
        return hasDomesticFlag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty venueLabelProperty() {
        return venueLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty externalIdLabelProperty() {
        return externalIdLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty duplicateTextProperty() {
        return duplicateText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
