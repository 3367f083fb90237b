package dev.partnerprogram.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

class MapperFragmentsPluginTest {

    private static final String MAPPER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
            <mapper namespace="test">
              <sql id="columns">ID_, NAME_</sql>
              <select id="selectAll" resultType="map">select <include refid="columns"/> from T</select>
            </mapper>
            """;

    @Test
    void dropsTheFragmentsOnceEveryStatementIsBuilt() {
        Configuration mybatis = parse(MAPPER);
        assertThat(mybatis.getSqlFragments()).isNotEmpty();

        assertThat(MapperFragmentsPlugin.release(mybatis)).isTrue();

        assertThat(mybatis.getSqlFragments()).isEmpty();
        // The statement was built with the fragment before: it still reads the columns.
        assertThat(mybatis.getMappedStatement("test.selectAll").getBoundSql(null).getSql()).contains("ID_, NAME_");
    }

    @Test
    void keepsThemWhileAStatementStillWaitsToBeBuilt() {
        // A result map of another mapper, not loaded yet: the statement stays incomplete and will need the fragment.
        Configuration mybatis = parse(MAPPER.replace("resultType=\"map\"", "resultMap=\"other.missing\""));

        assertThat(MapperFragmentsPlugin.release(mybatis)).isFalse();

        assertThat(mybatis.getSqlFragments()).isNotEmpty();
    }

    private static Configuration parse(String xml) {
        Configuration mybatis = new Configuration();
        new XMLMapperBuilder(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), mybatis, "test.xml",
                mybatis.getSqlFragments()).parse();
        return mybatis;
    }
}
