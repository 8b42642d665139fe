package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentbench.core.committee.Role;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AccountService;
import org.talentbench.service.AccountSummary;
import org.talentbench.service.AuthService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench account create|list}: user accounts. On a database without accounts, {@code create --role admin}
 * creates the first administrator without signing in; afterwards only an administrator creates accounts.
 */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "User accounts: create and list.",
        subcommands = {AccountCommand.Create.class, AccountCommand.ListAccounts.class})
public final class AccountCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** {@code account create}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an account. The new password is read from --new-password-file or standard input"
                    + " (after the signing-in password, when both come from standard input).")
    public static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        AccountCommand parent;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;

        @Option(names = "--login", required = true, paramLabel = "LOGIN", description = "Login of the new account.")
        String login;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Display name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "admin|chair|member|observer",
                description = "Role of the new account.")
        String role;

        @Option(names = "--researcher", paramLabel = "EMPLOYEE_NO",
                description = "Link to a researcher profile (department and discipline for conflict checks).")
        String researcher;

        @Option(names = "--department", paramLabel = "CODE", description = "Department code (external: omit).")
        String department;

        @Option(names = "--discipline", paramLabel = "TEXT", description = "Discipline, for automatic assignment.")
        String discipline;

        @Option(names = "--new-password-file", paramLabel = "FILE",
                description = "File whose first line is the new account's password.")
        Path newPasswordFile;

        @Override
        public Integer call() {
            Role r = parseRole(role);
            Messages m = parent.root.context().messages();
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.openExisting()) {
                AuthService auth = new AuthService(db);
                if (!auth.hasAccounts()) {
                    if (r != Role.ADMIN) {
                        throw new UsageException(m.get("account.cli.firstMustBeAdmin"));
                    }
                    Principal admin = auth.createFirstAdministrator(login, name,
                            SignInOptions.password(newPasswordFile));
                    out.println(m.get("account.cli.created", admin.login(), m.get("role." + admin.role().name())));
                    out.flush();
                    return ExitCodes.OK;
                }
                Principal who = signIn.signIn(db);
                AccountSummary a = new AccountService(db).create(who, new AccountService.NewAccount(login, name, r,
                        researcher, department, discipline), SignInOptions.password(newPasswordFile));
                out.println(m.get("account.cli.created", a.login(), m.get("role." + a.role().name())));
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    /** {@code account list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    public static final class ListAccounts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        AccountCommand parent;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public Integer call() throws Exception {
            List<AccountSummary> rows;
            try (Database db = database.openExisting()) {
                rows = new AccountService(db).list(signIn.signIn(db));
            }
            Messages m = parent.root.context().messages();
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode array = json.createArrayNode();
                for (AccountSummary a : rows) {
                    ObjectNode o = array.addObject();
                    o.put("id", a.id().value());
                    o.put("login", a.login());
                    o.put("name", a.displayName());
                    o.put("role", a.role().name());
                    o.put("department", a.departmentCode());
                    o.put("active", a.active());
                }
                out.println(json.writeValueAsString(array));
                out.flush();
                return ExitCodes.OK;
            }
            List<List<String>> cells = new ArrayList<>();
            for (AccountSummary a : rows) {
                cells.add(List.of(Long.toString(a.id().value()), a.login(), a.displayName(),
                        m.get("role." + a.role().name()), a.departmentCode(), a.active() ? "✓" : "✗"));
            }
            Tables.print(out, format, List.of(m.get("account.id"), m.get("account.login"), m.get("account.name"),
                    m.get("account.role"), m.get("account.department"), m.get("account.active")), cells);
            return ExitCodes.OK;
        }
    }

    static Role parseRole(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UsageException("--role: admin | chair | member | observer");
        }
    }
}
