package io.keystonebi.jobs;

import java.util.Arrays;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Makes the Quartz scheduler depend on the connection pool. Spring Boot hands the pool to the scheduler without
 * recording a dependency, so on shutdown the pool could close first while the scheduler thread was still
 * acquiring triggers, which logged "Couldn't rollback jdbc connection. Connection is closed" at every stop. With
 * the dependency the scheduler stops before the pool closes.
 */
final class SchedulerShutdownOrder implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String[] dataSources = beanFactory.getBeanNamesForType(DataSource.class, false, false);
		for (String factory : beanFactory.getBeanNamesForType(SchedulerFactoryBean.class, false, false)) {
			// Named "&quartzScheduler": the factory's own name; its definition is under the plain name.
			BeanDefinition definition = beanFactory.getBeanDefinition(BeanFactoryUtils.transformedBeanName(factory));
			String[] existing = (definition.getDependsOn() != null) ? definition.getDependsOn() : new String[0];
			definition.setDependsOn(Stream.concat(Arrays.stream(existing), Arrays.stream(dataSources))
				.distinct()
				.toArray(String[]::new));
		}
	}

}
