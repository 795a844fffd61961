package cn.dlm.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.WebAppTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebAppTest
class TasklistFiltersTest {

  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired TasklistFilters filters;

  @Test
  void aPersonalFilterWithTheSameNameDoesNotStopTheStart() {
    Filter shared = filterService.createTaskFilterQuery().filterName(TasklistFilters.MINE).singleResult();
    Filter personal = filterService.saveFilter(filterService.newTaskFilter(TasklistFilters.MINE)
        .setOwner("admin").setQuery(taskService.createTaskQuery()));
    try {
      filters.ensureFilters();

      assertThat(filterService.createTaskFilterQuery().filterName(TasklistFilters.MINE).list())
          .extracting(Filter::getId).containsExactlyInAnyOrder(shared.getId(), personal.getId());
    } finally {
      filterService.deleteFilter(personal.getId());
    }
  }
}
