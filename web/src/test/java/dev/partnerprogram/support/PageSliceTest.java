package dev.partnerprogram.support;

import static org.mockito.BDDMockito.given;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A test of UI pages on the one shared {@link PageSlice}: what every such test uses, the {@code MockMvc} and the mocked
 * user repository from which the signed-in caller is built.
 */
@PageSlice
public abstract class PageSliceTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected AppUserRepository users;

    /** Each account can sign in ({@code @WithMockUser} with its username): the repository finds it. */
    protected void signedIn(AppUser... accounts) {
        for (AppUser account : accounts) {
            given(users.findByUsername(account.getUsername())).willReturn(Optional.of(account));
        }
    }
}
