package org.talentbench.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.talentbench.security.Credentials;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Principal;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * One open institute database and the application services over it; what a main window works on. The workspace
 * holds the {@link Session}: whoever {@link #signIn signs in} is who every service it built acts for, and each
 * service checks that principal itself (decision 0090). Nobody signed in means the bootstrap administrator on a
 * database without accounts and a refusal on one with accounts. Closing the workspace closes the database.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;
    /** The database's transactions, counted for the live standings; every service below works through it. */
    private final WriteCounter writes;
    private final LiveStandings standings;
    private final Session session;
    private final ResearcherService researchers;
    private final TechnologyService technologies;
    private final TechnologyExports technologyExports;
    private final RoundService rounds;
    private final ImportService imports;
    private final ExportService exports;
    private final ProfileService profiles;
    private final AuthService auth;
    private final AccountService accounts;
    private final CommitteeService committee;
    private final CalibrationService calibration;
    private final ReportService reports;
    private final RuleSettingsService ruleSettings;

    public Workspace(Database database) {
        this.database = database;
        this.writes = new WriteCounter(database);
        this.standings = new LiveStandings(writes::generation);
        this.session = Session.unattended(writes);
        this.researchers = new ResearcherService(writes, session);
        this.technologies = new TechnologyService(writes, System.getProperty("user.name",
                TechnologyService.DEFAULT_ACTOR), Clock.systemDefaultZone(), standings, session);
        this.technologyExports = new TechnologyExports(writes, session);
        this.rounds = new RoundService(writes, session);
        this.imports = new ImportService(writes, session);
        this.exports = new ExportService(writes, session);
        this.profiles = new ProfileService(writes, Clock.systemDefaultZone(), ProfileService::osUser, session,
                standings);
        this.auth = new AuthService(database);
        this.accounts = new AccountService(database);
        this.committee = new CommitteeService(writes, Clock.systemDefaultZone());
        this.calibration = new CalibrationService(writes, Clock.systemDefaultZone());
        this.reports = new ReportService(writes, session);
        this.ruleSettings = new RuleSettingsService(writes, session);
    }

    /** Signs {@code who} in: from now on every service of this workspace acts for them. */
    public void signIn(Principal who) {
        session.signIn(who);
    }

    /** Nobody is signed in afterwards (bootstrap on a database without accounts, refused otherwise). */
    public void signOut() {
        session.signOut();
    }

    /** The session the services of this workspace share. */
    public Session session() {
        return session;
    }

    public static Workspace open(DatabaseLocation location, boolean create) {
        return new Workspace(Database.open(location, create));
    }

    /**
     * Opens a database, unlocking it with {@code who}'s key slot when it is encrypted at rest (a plain one ignores
     * {@code who}; the caller signs in afterwards either way, with the same credentials).
     */
    public static Workspace open(DatabaseLocation location, boolean create, Credentials who) {
        return new Workspace(Database.open(location, create, who));
    }

    /** Opens the H2 file at {@code file}, unlocking it with {@code who} when it is encrypted. */
    public static Workspace open(Path file, Credentials who) {
        return open(DatabaseLocation.file(file), false, who);
    }

    /** An open workspace and who signed in to it. */
    public record Opened(Workspace workspace, Principal principal) {
    }

    /**
     * Opens the H2 file at {@code file} and signs in with one login and password: they unlock an encrypted file's
     * key slot first, then sign in as usual (a plain file is only signed in to). The password array is not wiped.
     */
    public static Opened openAndSignIn(Path file, String login, char[] password) {
        Workspace ws = open(file, new Credentials(login, password.clone()));
        try {
            return new Opened(ws, ws.auth().login(login, password.clone()));
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /**
     * Creates a new H2 file encrypted at rest together with its first administrator, whose password wraps the only
     * key slot (docs/decisions/0091-encryption-at-rest.md). The login and password are checked before anything is
     * written.
     */
    public static Opened createEncrypted(Path file, String login, String displayName, char[] password) {
        AuthService.checkLogin(login);
        AuthService.checkPassword(password);
        Database db = Database.createEncrypted(DatabaseLocation.file(file), new Credentials(login, password),
                new PasswordHasher().cost());
        try {
            Workspace ws = new Workspace(db);
            return new Opened(ws, ws.auth().createFirstAdministrator(login, displayName, password));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Whether the H2 file at {@code file} is encrypted at rest, so that opening it needs a login first. */
    public static boolean isEncrypted(Path file) {
        return Database.isEncrypted(DatabaseLocation.file(file));
    }

    /** Opens the H2 database file at {@code file} ({@code name} or {@code name.mv.db}). */
    public static Workspace open(Path file, boolean create) {
        return open(DatabaseLocation.file(file), create);
    }

    /** Whether {@code text} names a shared server database ({@code postgresql://host/db}) rather than a file. */
    public static boolean isServerUrl(String text) {
        return text != null && DatabaseLocation.parse(text).isShared();
    }

    /** Opens the shared database at {@code url} ({@code postgresql://host[:port]/db[?…]}); it must exist. */
    public static Workspace openShared(String url) {
        return open(DatabaseLocation.parse(url), false);
    }

    /** Whether an H2 database file exists for {@code file} ({@code name} or {@code name.mv.db}). */
    public static boolean exists(Path file) {
        return Files.exists(DatabaseLocation.file(file).dataFile());
    }

    /** How a database file is named to the user: the full path of its {@code .mv.db} file. */
    public static String display(Path file) {
        return DatabaseLocation.file(file).display();
    }

    /** The base path of the database (without {@code .mv.db}), as remembered in settings. */
    public Path file() {
        return database.location().file();
    }

    /**
     * The preview standings the key-technology screens show, kept live across profile saves (decision 0094);
     * dropped and evaluated again after any other write through this workspace.
     */
    public LiveStandings standings() {
        return standings;
    }

    /** The open database; for the services' tests. */
    Database database() {
        return database;
    }

    /** Whether this database is encrypted at rest (Settings shows it). */
    public boolean encrypted() {
        return database.encrypted();
    }

    /** The database as named to the user. */
    public String display() {
        return database.location().display();
    }

    public ResearcherService researchers() {
        return researchers;
    }

    public TechnologyService technologies() {
        return technologies;
    }

    public TechnologyExports technologyExports() {
        return technologyExports;
    }

    public AuthService auth() {
        return auth;
    }

    public AccountService accounts() {
        return accounts;
    }

    public CommitteeService committee() {
        return committee;
    }

    public CalibrationService calibration() {
        return calibration;
    }

    /** Checks the tamper-evident audit trail of this database. */
    public AuditService.Status checkAuditTrail() {
        return AuditService.verify(database);
    }

    /**
     * The scheduled backup, run when the app opens a database: backs up to the {@code backups} folder beside it when
     * the newest backup is older than a day, keeping the newest {@code keep}. A shared PostgreSQL database is
     * skipped (its server is backed up by its administrator).
     */
    public Optional<Path> backupIfDue(int keep) {
        return new BackupService(keep, Clock.systemDefaultZone()).backupIfDue(database, BackupService.DEFAULT_INTERVAL);
    }

    /** One-click backup to the {@code backups} folder beside the database, keeping the newest {@code keep}. */
    public Path backupNow(int keep) {
        return new BackupService(keep, Clock.systemDefaultZone()).backup(database, BackupService.MANUAL);
    }

    public RoundService rounds() {
        return rounds;
    }

    /** The round documents (PDF/A); one instance, so its renderer stays warm between exports. */
    public ReportService reports() {
        return reports;
    }

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
    }

    public ProfileService profiles() {
        return profiles;
    }

    /** The per-database rule defaults and institute details (Settings screen, {@code talentbench settings}). */
    public RuleSettingsService ruleSettings() {
        return ruleSettings;
    }

    @Override
    public void close() {
        database.close();
    }
}
