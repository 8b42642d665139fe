package org.talentbench.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentbench.exchange.scholarly.ImportedAuthor;

/**
 * Finds the institute's researchers among the authors of imported works: by ORCID iD first, then by name. A Chinese
 * name is compared as written (spaces and middle dots aside); a Latin name is compared with the researcher's
 * pinyin name in either order ({@code ZHANG Wei}, {@code Wei Zhang}, {@code Zhang, Wei}), with given-name syllables
 * joined ({@code Xiao-Ming} = {@code Xiaoming}) and diacritics dropped ({@code Lü} = {@code Lu}). Initials
 * ({@code W. Zhang}) count only when they fit exactly one researcher. A name that fits several researchers matches
 * none of them: guessing would credit the wrong person.
 *
 * <p>Pinyin is taken from the profile's Latin name; a profile without one is found by ORCID iD or Chinese name only.
 * Immutable after construction and thread-safe.
 */
final class AuthorMatcher {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s·・.．]+");

    /** A researcher as the matcher knows them. */
    record Person(String employeeNo, String nameZh, String nameLatin, String orcid) {
    }

    /** The outcome for one author: the people found (none, one, or several when ambiguous) and how. */
    record Result(List<Person> people, AuthorshipMatch.Method method) {
        static final Result NONE = new Result(List.of(), null);

        boolean matched() {
            return people.size() == 1;
        }

        boolean ambiguous() {
            return people.size() > 1;
        }

        Person person() {
            return people.get(0);
        }
    }

    private final Map<String, Person> byOrcid = new HashMap<>();
    private final Map<String, List<Person>> byName = new HashMap<>();
    private final Map<String, List<Person>> byInitials = new HashMap<>();

    AuthorMatcher(Collection<Person> people) {
        for (Person p : people) {
            if (!p.orcid().isEmpty()) {
                byOrcid.put(p.orcid(), p);
            }
            String zh = chinese(p.nameZh());
            if (!zh.isEmpty()) {
                add(byName, "zh:" + zh, p);
            }
            List<String> tokens = tokens(p.nameLatin());
            for (String key : fullKeys(tokens)) {
                add(byName, key, p);
            }
            for (String key : initialKeys(tokens)) {
                add(byInitials, key, p);
            }
        }
    }

    private static void add(Map<String, List<Person>> index, String key, Person p) {
        List<Person> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(p)) {
            list.add(p);
        }
    }

    Result match(ImportedAuthor author) {
        if (!author.orcid().isEmpty()) {
            Person p = byOrcid.get(author.orcid());
            if (p != null) {
                return new Result(List.of(p), AuthorshipMatch.Method.ORCID);
            }
        }
        return matchName(author.displayName(), author.givenName(), author.familyName());
    }

    Result matchOrcid(String orcid) {
        Person p = orcid == null || orcid.isEmpty() ? null : byOrcid.get(orcid);
        return p == null ? Result.NONE : new Result(List.of(p), AuthorshipMatch.Method.ORCID);
    }

    /** Matches a name given whole and/or split into given and family names. */
    Result matchName(String displayName, String givenName, String familyName) {
        Set<Person> found = new LinkedHashSet<>();
        String zh = chinese(displayName);
        if (!zh.isEmpty()) {
            found.addAll(byName.getOrDefault("zh:" + zh, List.of()));
        }
        String zhSplit = chinese(familyName + givenName);
        if (!zhSplit.isEmpty()) {
            found.addAll(byName.getOrDefault("zh:" + zhSplit, List.of()));
        }
        Set<String> keys = new LinkedHashSet<>(fullKeys(tokens(displayName)));
        List<String> family = tokens(familyName);
        List<String> given = tokens(givenName);
        if (!family.isEmpty() && !given.isEmpty()) {
            keys.add(String.join("", family) + "|" + String.join("", given));
            keys.add(String.join("", given) + "|" + String.join("", family));
        }
        for (String k : keys) {
            found.addAll(byName.getOrDefault(k, List.of()));
        }
        if (!found.isEmpty()) {
            return new Result(List.copyOf(found), AuthorshipMatch.Method.NAME);
        }
        Set<Person> byInitial = new LinkedHashSet<>();
        for (String k : authorInitialKeys(tokens(displayName), family, given)) {
            byInitial.addAll(byInitials.getOrDefault(k, List.of()));
        }
        return byInitial.isEmpty() ? Result.NONE
                : new Result(List.copyOf(byInitial), AuthorshipMatch.Method.NAME);
    }

    /** A name written in Chinese characters, without spaces and middle dots; empty when it has none. */
    static String chinese(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        boolean han = s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return han ? s : "";
    }

    /** Lower-case Latin name parts without diacritics; a name in Chinese characters gives none. */
    static List<String> tokens(String name) {
        if (name == null || name.isBlank() || !chinese(name).isEmpty()) {
            return List.of();
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : NON_LETTERS.split(s)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** family|given keys for both name orders, given-name parts joined. */
    static List<String> fullKeys(List<String> t) {
        if (t.size() < 2 || t.stream().allMatch(x -> x.length() == 1)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(2);
        keys.add(t.get(0) + "|" + String.join("", t.subList(1, t.size())));
        keys.add(t.get(t.size() - 1) + "|" + String.join("", t.subList(0, t.size() - 1)));
        return keys;
    }

    /** family|initials keys of a researcher's full name, both orders: ZHANG Xiao-Ming → zhang|xm and zhang|x. */
    static List<String> initialKeys(List<String> t) {
        if (t.size() < 2) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> givenAfter = t.subList(1, t.size());
        List<String> givenBefore = t.subList(0, t.size() - 1);
        keys.add(t.get(0) + "|" + initials(givenAfter));
        keys.add(t.get(0) + "|" + givenAfter.get(0).charAt(0));
        keys.add(t.get(t.size() - 1) + "|" + initials(givenBefore));
        keys.add(t.get(t.size() - 1) + "|" + givenBefore.get(0).charAt(0));
        return List.copyOf(keys);
    }

    /** family|initials keys of an author whose given names are written as initials (W. Zhang, Zhang XM). */
    private static List<String> authorInitialKeys(List<String> whole, List<String> family, List<String> given) {
        List<String> keys = new ArrayList<>();
        if (!family.isEmpty() && !given.isEmpty() && isInitials(given)) {
            keys.add(String.join("", family) + "|" + String.join("", given));
        }
        if (whole.size() >= 2) {
            List<String> last = whole.subList(0, whole.size() - 1);
            if (isInitials(last)) {
                keys.add(whole.get(whole.size() - 1) + "|" + String.join("", last));
            }
            List<String> first = whole.subList(1, whole.size());
            if (isInitials(first)) {
                keys.add(whole.get(0) + "|" + String.join("", first));
            }
            if (whole.size() == 2 && whole.get(1).length() <= 3 && whole.get(0).length() > 3) {
                keys.add(whole.get(0) + "|" + whole.get(1)); // Zhang XM
            }
        }
        return keys;
    }

    private static boolean isInitials(List<String> parts) {
        return !parts.isEmpty() && parts.stream().allMatch(p -> p.length() == 1);
    }

    private static String initials(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append(p.charAt(0));
        }
        return sb.toString();
    }
}
