package dev.partnerprogram.common;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface FileContentRepository<C extends FileContent> extends JpaRepository<C, Long> {

    /** The file's bytes; none when its content row is missing. */
    default byte[] dataOf(long fileId) {
        return findById(fileId).map(FileContent::getData).orElse(new byte[0]);
    }
}
