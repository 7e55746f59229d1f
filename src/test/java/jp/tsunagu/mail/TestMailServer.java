package jp.tsunagu.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real SMTP server for the tests (GreenMail, on loopback, a free port), which can be told to refuse
 * some recipients the way a real server does ({@code 550} to {@code RCPT TO}).
 */
public final class TestMailServer implements AutoCloseable {
    public static final String USER = "jimukyoku@example.jp";
    public static final String PASSWORD = "himitsu-パスワード-42";

    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final GreenMail greenMail;
    private final String password;

    public TestMailServer() {
        this(PASSWORD);
    }

    /** A server whose user logs in with {@code password}. */
    public TestMailServer(String password) {
        this.password = password;
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        greenMail = new Refusing(setup, refused);
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, password));
        greenMail.start();
    }

    public String password() {
        return password;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Settings that send to this server with its user and password, without pauses. */
    public MailSettings settings() {
        return new MailSettings("127.0.0.1", port(), SmtpSecurity.NONE, USER, "掛川YEG 事務局", "", USER, "", 0);
    }

    public void refuse(String address) {
        refused.add(address.toLowerCase(java.util.Locale.ROOT));
    }

    public void accept(String address) {
        refused.remove(address.toLowerCase(java.util.Locale.ROOT));
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** The addresses the messages were sent to, one entry per message (so duplicates show). */
    public List<String> recipients() throws MessagingException {
        List<String> all = new ArrayList<>();
        for (MimeMessage message : received()) {
            for (var address : message.getRecipients(Message.RecipientType.TO)) {
                all.add(((InternetAddress) address).getAddress());
            }
        }
        return all;
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    // GreenMail asks its SmtpManager whether to take a recipient; ours says no to the refused ones.
    private static final class Refusing extends GreenMail {
        private final Set<String> refused;

        Refusing(ServerSetup setup, Set<String> refused) {
            super(setup);
            this.refused = refused;
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
            Set<String> refusedHere = refused != null ? refused : Set.of();
            SmtpManager smtp = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress address) {
                    if (refusedHere.contains(address.getEmail().toLowerCase(java.util.Locale.ROOT))) {
                        return "550 5.1.1 <" + address.getEmail() + ">: Recipient address rejected";
                    }
                    return super.checkRecipient(state, address);
                }
            };
            Managers wrapped = new Managers() {
                @Override
                public SmtpManager getSmtpManager() {
                    return smtp;
                }

                @Override
                public UserManager getUserManager() {
                    return managers.getUserManager();
                }

                @Override
                public ImapHostManager getImapHostManager() {
                    return managers.getImapHostManager();
                }
            };
            return super.createServices(setups, wrapped);
        }
    }
}
